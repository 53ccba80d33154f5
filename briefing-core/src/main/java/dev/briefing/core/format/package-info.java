/**
 * The format SPI: renderers write a briefing, parsers read one, and a {@link
 * dev.briefing.core.format.FormatRegistry} finds them by name, media type or file extension.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader} (declare a {@link
 * dev.briefing.core.format.BriefingFormat} in {@code META-INF/services} or a {@code provides}
 * clause) and can also be registered in code:
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
