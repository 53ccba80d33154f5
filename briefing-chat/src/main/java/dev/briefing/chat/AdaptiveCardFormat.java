package dev.briefing.chat;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code adaptive-card} format: one Adaptive Card 1.5 as JSON, for Microsoft Teams; rendering
 * only. Found by {@link java.util.ServiceLoader}; construct it with your own renderer to
 * register other options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new AdaptiveCardFormat(AdaptiveCardRenderer.builder().labels(SectionLabels.french()).build()));
 * String card = formats.renderer("adaptive-card").render(briefing);
 * }</pre>
 */
public final class AdaptiveCardFormat implements BriefingFormat {

  private final AdaptiveCardRenderer renderer;

  /** The format with {@link AdaptiveCardRenderer#standard()}. */
  public AdaptiveCardFormat() {
    this(AdaptiveCardRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public AdaptiveCardFormat(AdaptiveCardRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "adaptive-card";
  }

  /** @return {@code application/vnd.microsoft.card.adaptive+json}, the card content type with its JSON suffix */
  @Override
  public String mediaType() {
    return "application/vnd.microsoft.card.adaptive+json";
  }

  @Override
  public List<String> extensions() {
    return List.of(".card.json");
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
    return "AdaptiveCardFormat[" + mediaType() + "]";
  }
}
