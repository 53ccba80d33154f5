/**
 * The wire shape, stated once: per model type one small reader and writer over the token
 * interfaces of {@code internal.wire}, used by the codec and by both Jackson modules alike.
 */
package dev.briefing.json.internal.shape;
