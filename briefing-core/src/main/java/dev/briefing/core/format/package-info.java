/**
 * The format SPI: renderers write a briefing, parsers read one, and a {@link
 * dev.briefing.core.format.FormatRegistry} finds them by name, media type or file extension.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader} (declare a {@link
 * dev.briefing.core.format.BriefingFormat} in {@code META-INF/services} or a {@code provides}
 * clause) and can also be registered in code:
 *
 * <p>A format holds one briefing per input, or many one after another when its {@link
 * dev.briefing.core.format.BriefingFormat#multiDocument()} says so; either way {@link
 * dev.briefing.core.format.BriefingParser#readAll(java.io.Reader)} gives each briefing of an
 * input with its own repairs and warnings, so tools never need to know a format by name.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault().with(new HouseStyleFormat());
 * String html = formats.renderer("html").render(briefing);
 * Briefing back = formats.forFileName("signal.md").parser().orElseThrow().parse(markdown);
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
package dev.briefing.core.format;

import org.immutables.value.Value;
