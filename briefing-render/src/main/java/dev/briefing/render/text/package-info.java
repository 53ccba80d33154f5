/**
 * The plain-text format: the seed briefing's layout.
 *
 * <pre>{@code
 * Briefing briefing = TextParser.standard().parse(Files.readString(Path.of("signal.txt")));
 * }</pre>
 */
package dev.briefing.render.text;
