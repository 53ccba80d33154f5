package dev.briefing.render.html;

import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.kit.ConfigurableFormat;

/**
 * The {@code html} format: {@code text/html}, {@code .html}, safe semantic HTML5, read back with
 * {@link HtmlParser}. An input whose first line starts with a tag, a comment or a doctype is a
 * solid match. Found by {@link java.util.ServiceLoader}; construct it with your own renderer to
 * register different options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new HtmlFormat(HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String html = formats.renderer("html").render(briefing);
 * }</pre>
 */
public final class HtmlFormat extends ConfigurableFormat {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("html", "text/html")
      .extensions(".html")
      .primaryForMediaType()
      .probe(InputHead.firstLine(line -> line.startsWith("<"), MatchStrength.SOLID_MATCH))
      .build();

  /** The format with {@link HtmlRenderer#standard()}. */
  public HtmlFormat() {
    // Made on first use, as is the parser: a registry of every format builds only what is used.
    super(DESCRIPTOR, HtmlRenderer::standard, HtmlRenderer::of, HtmlParser::of);
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public HtmlFormat(HtmlRenderer renderer) {
    super(DESCRIPTOR, renderer, HtmlRenderer::of, HtmlParser::of);
  }
}
