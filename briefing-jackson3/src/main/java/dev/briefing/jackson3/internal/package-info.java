/** The Jackson 3 backend: token reader and writer over its parser and generator, and the databind glue. */
package dev.briefing.jackson3.internal;
