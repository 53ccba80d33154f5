package dev.briefing.render.html;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code html} format: {@code text/html}, {@code .html}, safe semantic HTML5; read back with
 * {@link HtmlParser}.
 * Found by {@link java.util.ServiceLoader}; construct it with your own renderer to register
 * different options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new HtmlFormat(HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String html = formats.renderer("html").render(briefing);
 * }</pre>
 */
public final class HtmlFormat implements BriefingFormat {

  private final HtmlRenderer renderer;

  /** The format with {@link HtmlRenderer#standard()}. */
  public HtmlFormat() {
    this(HtmlRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public HtmlFormat(HtmlRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public List<String> extensions() {
    return List.of(".html");
  }

  /** A first line that starts with a tag, a comment or a doctype. */
  @Override
  public MatchStrength probe(CharSequence head) {
    List<String> lines = InputHead.nonBlankLines(head, 1);
    return !lines.isEmpty() && lines.get(0).startsWith("<") ? MatchStrength.SOLID_MATCH : MatchStrength.NO_MATCH;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(HtmlParser.standard());
  }

  @Override
  public String toString() {
    return "HtmlFormat[text/html]";
  }
}
