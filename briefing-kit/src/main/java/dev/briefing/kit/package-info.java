/**
 * What every briefing format needs, for format authors: the walk over a briefing's sections
 * ({@link dev.briefing.kit.SectionWalk}) with one {@link dev.briefing.kit.SectionWriter} per
 * section, the options every renderer shares ({@link dev.briefing.kit.RenderOptions}) and every
 * text parser shares ({@link dev.briefing.kit.ParseOptions}), a builder for renderers made of
 * section writers ({@link dev.briefing.kit.RendererBuilder}), and the pieces the built-in
 * formats write with: {@link dev.briefing.kit.SectionLabels} (headings and impact-order words
 * in four languages), {@link dev.briefing.kit.Paragraphs}, {@link dev.briefing.kit.ImpactOrders},
 * {@link dev.briefing.kit.QuantityFormat}, {@link dev.briefing.kit.SafeLinks} (the only links a
 * format emits) and {@link dev.briefing.kit.PlainText} (text that cannot forge a line).
 *
 * <pre>{@code
 * SectionWalk<Appendable> walk = SectionWalk.<Appendable>empty()
 *     .with(Section.SIGNAL, (b, out) -> out.append("BOTTOM LINE: ").append(b.signal()).append('\n'))
 *     .with(Section.WHY_IT_MATTERS, (b, out) -> {
 *       for (int i = 0; i < b.impacts().size(); i++) {
 *         out.append(ImpactOrders.label(SectionLabels.english(), b.impacts(), i)).append('\n');
 *       }
 *     });
 * walk.write(briefing, Section.all(), System.out);
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
package dev.briefing.kit;

import org.immutables.value.Value;
