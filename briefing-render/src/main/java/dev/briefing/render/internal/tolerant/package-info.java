/**
 * Tolerant reading: text lines, the commonmark-java syntax tree and a jsoup DOM are each reduced
 * to one small block model ({@link dev.briefing.render.internal.tolerant.Block}), which one
 * reader ({@link dev.briefing.render.internal.tolerant.TolerantReader}) turns into a briefing,
 * reporting every inference as a note and every drop as a warning.
 */
package dev.briefing.render.internal.tolerant;
