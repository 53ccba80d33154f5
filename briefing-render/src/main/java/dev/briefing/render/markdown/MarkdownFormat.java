package dev.briefing.render.markdown;

import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.kit.ConfigurableFormat;
import java.util.regex.Pattern;

/**
 * The {@code markdown} format: {@code text/markdown}, {@code .md}, CommonMark with every user
 * string escaped; an input whose first line is an ATX heading (one to six {@code #}, then a
 * space, a tab or nothing) is a solid match. Found by {@link java.util.ServiceLoader};
 * construct it with your own renderer to register different options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new MarkdownFormat(MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String md = formats.renderer("markdown").render(briefing);
 * }</pre>
 */
public final class MarkdownFormat extends ConfigurableFormat {

  private static final Pattern ATX_HEADING = Pattern.compile("#{1,6}(?:[ \\t].*|)");
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("markdown", "text/markdown")
      .extensions(".md")
      .probe(InputHead.firstLine(line -> ATX_HEADING.matcher(line).matches(), MatchStrength.SOLID_MATCH))
      .build();

  /** The format with {@link MarkdownRenderer#standard()}. */
  public MarkdownFormat() {
    // Made on first use, as is the parser: a registry of every format builds only what is used.
    super(DESCRIPTOR, MarkdownRenderer::standard, MarkdownRenderer::of, MarkdownParser::of);
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public MarkdownFormat(MarkdownRenderer renderer) {
    super(DESCRIPTOR, renderer, MarkdownRenderer::of, MarkdownParser::of);
  }
}
