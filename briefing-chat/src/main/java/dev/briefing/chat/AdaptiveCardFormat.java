package dev.briefing.chat;

import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.kit.ConfigurableFormat;

/**
 * The {@code adaptive-card} format: one Adaptive Card 1.5 as JSON, for Microsoft Teams; rendering
 * only. Found by {@link java.util.ServiceLoader}; construct it with your own renderer to
 * register other options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new AdaptiveCardFormat(AdaptiveCardRenderer.builder()
 *         .options(RenderOptions.builder().labels(SectionLabels.french()).build()).build()));
 * String card = formats.renderer("adaptive-card").render(briefing);
 * }</pre>
 */
public final class AdaptiveCardFormat extends ConfigurableFormat {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("adaptive-card", "application/vnd.microsoft.card.adaptive+json")
      .extensions(".card.json")
      .build();

  /** The format with {@link AdaptiveCardRenderer#standard()}. */
  public AdaptiveCardFormat() {
    this(AdaptiveCardRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public AdaptiveCardFormat(AdaptiveCardRenderer renderer) {
    super(DESCRIPTOR, renderer, renderer::withOptions);
  }
}
