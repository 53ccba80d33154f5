/**
 * Renderers into the formats people read (plain text, Markdown, HTML), the parsers back from
 * text and Markdown, the options they share ({@link dev.briefing.render.Section}, {@link
 * dev.briefing.render.FigureLayout}), and the pieces a custom renderer can reuse: {@link
 * dev.briefing.render.SectionLabels} for section and impact-order labels in several languages,
 * {@link dev.briefing.render.Paragraphs} and {@link dev.briefing.render.QuantityFormat}.
 *
 * <pre>{@code
 * SectionLabels german = SectionLabels.forLanguage(Locale.GERMAN);
 * german.whyItMatters();     // "Warum es wichtig ist"
 * german.impactOrder(2);     // "Zweite Ordnung"
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
package dev.briefing.render;

import org.immutables.value.Value;
