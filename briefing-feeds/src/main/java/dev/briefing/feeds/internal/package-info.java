/** How the feeds are written; not part of the API. */
package dev.briefing.feeds.internal;
