/**
 * The {@code text} format: plain text in the layout of the seed briefing.
 *
 * <pre>{@code
 * Briefing briefing = TextParser.standard().parse(text);
 * String plain = TextRenderer.standard().render(briefing);
 * }</pre>
 */
package dev.briefing.render.text;
