/**
 * The minimal token reader and writer the wire shape is written against, and the backend
 * service a JSON library provides them through (Moshi's {@code JsonReader}/{@code JsonWriter}
 * model): {@code briefing-jackson2} and {@code briefing-jackson3} implement it.
 */
package dev.briefing.json.internal.wire;
