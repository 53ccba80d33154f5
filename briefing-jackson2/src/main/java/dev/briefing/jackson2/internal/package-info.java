/** The Jackson 2 backend: token reader and writer over its parser and generator, and the databind glue. */
package dev.briefing.jackson2.internal;
