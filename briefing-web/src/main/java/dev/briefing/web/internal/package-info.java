/** How the JSON-LD is written; not part of the API. */
package dev.briefing.web.internal;
