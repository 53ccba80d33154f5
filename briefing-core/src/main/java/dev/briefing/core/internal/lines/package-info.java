/**
 * Reading an input one line at a time, for the formats that hold one document per line and for
 * the converter, which splits such an input among threads: one reader, so that one thread and
 * many see the same lines, numbers and errors.
 */
package dev.briefing.core.internal.lines;
