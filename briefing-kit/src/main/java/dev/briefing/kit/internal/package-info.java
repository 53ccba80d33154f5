/**
 * Implementation shared by the kit and the built-in renderers (paragraph spans, fast copies
 * of text runs, timestamps, the output-size guess); not exported except to the renderers.
 */
package dev.briefing.kit.internal;
