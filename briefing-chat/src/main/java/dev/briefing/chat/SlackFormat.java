package dev.briefing.chat;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code slack} format: Block Kit message payloads, a JSON array of one or more; rendering
 * only. Found by {@link java.util.ServiceLoader}; construct it with your own renderer to
 * register other options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new SlackFormat(SlackRenderer.builder().labels(SectionLabels.french()).build()));
 * String payloads = formats.renderer("slack").render(briefing);
 * }</pre>
 */
public final class SlackFormat implements BriefingFormat {

  private final SlackRenderer renderer;

  /** The format with {@link SlackRenderer#standard()}. */
  public SlackFormat() {
    this(SlackRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public SlackFormat(SlackRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "slack";
  }

  /** @return {@code application/vnd.slack.blocks+json}, this library's name for the payloads */
  @Override
  public String mediaType() {
    return "application/vnd.slack.blocks+json";
  }

  @Override
  public List<String> extensions() {
    return List.of(".slack.json");
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SlackFormat[" + mediaType() + "]";
  }
}
