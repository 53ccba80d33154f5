package dev.briefing.chat;

import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.kit.ConfigurableFormat;

/**
 * The {@code slack} format: Block Kit message payloads, a JSON array of one or more; rendering
 * only. Found by {@link java.util.ServiceLoader}; construct it with your own renderer to
 * register other options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new SlackFormat(SlackRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build())));
 * String payloads = formats.renderer("slack").render(briefing);
 * }</pre>
 */
public final class SlackFormat extends ConfigurableFormat {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("slack", "application/vnd.slack.blocks+json")
      .extensions(".slack.json")
      .build();

  /** The format with {@link SlackRenderer#standard()}. */
  public SlackFormat() {
    this(SlackRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public SlackFormat(SlackRenderer renderer) {
    super(DESCRIPTOR, renderer, SlackRenderer::of);
  }
}
