package dev.briefing.render.text;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.MatchStrength;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code text} format: {@code text/plain}, {@code .txt}, in the seed briefing's layout.
 * Found by {@link java.util.ServiceLoader}; construct it with your own renderer to register
 * different options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new TextFormat(TextRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String plain = formats.renderer("text").render(briefing);
 * }</pre>
 */
public final class TextFormat implements BriefingFormat {

  private final TextRenderer renderer;

  /** The format with {@link TextRenderer#standard()}. */
  public TextFormat() {
    this(TextRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public TextFormat(TextRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public List<String> extensions() {
    return List.of(".txt");
  }

  /** Any text could be the plain-text layout, so it is what is left when nothing else matches. */
  @Override
  public MatchStrength probe(CharSequence head) {
    return MatchStrength.WEAK_MATCH;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(TextParser.standard());
  }

  @Override
  public String toString() {
    return "TextFormat[text/plain]";
  }
}
