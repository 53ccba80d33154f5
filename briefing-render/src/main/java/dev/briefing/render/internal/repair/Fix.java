package dev.briefing.render.internal.repair;

/**
 * One replacement in a line.
 *
 * @param offset 0-based position of {@code before} in the original line
 * @param before the damaged text
 * @param after its replacement
 */
public record Fix(int offset, String before, String after) {}
