package dev.briefing.render.markdown;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code markdown} format: {@code text/markdown}, {@code .md}, CommonMark with every user
 * string escaped. Found by {@link java.util.ServiceLoader}; construct it with your own renderer to register
 * different options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new MarkdownFormat(MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String md = formats.renderer("markdown").render(briefing);
 * }</pre>
 */
public final class MarkdownFormat implements BriefingFormat {

  private static final Pattern ATX_HEADING = Pattern.compile("#{1,6}(?:[ \\t].*|)");

  private final MarkdownRenderer renderer;

  /** The format with {@link MarkdownRenderer#standard()}. */
  public MarkdownFormat() {
    this(MarkdownRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public MarkdownFormat(MarkdownRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of(".md");
  }

  /** A first line that is an ATX heading: one to six '#', then a space, a tab or nothing. */
  @Override
  public MatchStrength probe(CharSequence head) {
    List<String> lines = InputHead.nonBlankLines(head, 1);
    return !lines.isEmpty() && ATX_HEADING.matcher(lines.get(0)).matches()
        ? MatchStrength.SOLID_MATCH : MatchStrength.NO_MATCH;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(MarkdownParser.standard());
  }

  @Override
  public String toString() {
    return "MarkdownFormat[text/markdown]";
  }
}
