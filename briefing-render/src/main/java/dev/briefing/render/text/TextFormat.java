package dev.briefing.render.text;

import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.kit.ConfigurableFormat;

/**
 * The {@code text} format: {@code text/plain}, {@code .txt}, in the seed briefing's layout; any
 * input is a weak match, what is left when nothing else matches. Found by
 * {@link java.util.ServiceLoader}; construct it with your own renderer to register different
 * options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new TextFormat(TextRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String plain = formats.renderer("text").render(briefing);
 * }</pre>
 */
public final class TextFormat extends ConfigurableFormat {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("text", "text/plain")
      .extensions(".txt")
      .probe(head -> MatchStrength.WEAK_MATCH)
      .build();

  /** The format with {@link TextRenderer#standard()}. */
  public TextFormat() {
    // Made on first use, as is the parser: a registry of every format builds only what is used.
    super(DESCRIPTOR, TextRenderer::standard, TextRenderer::of, TextParser::of);
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public TextFormat(TextRenderer renderer) {
    super(DESCRIPTOR, renderer, TextRenderer::of, TextParser::of);
  }
}
