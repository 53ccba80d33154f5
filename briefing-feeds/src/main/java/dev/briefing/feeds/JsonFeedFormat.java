package dev.briefing.feeds;

import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import java.util.Objects;

/**
 * The {@code jsonfeed} format ({@code application/feed+json}, {@code .feed.json}): a JSON Feed
 * 1.1 of any number of briefings; rendering only. Found by {@link java.util.ServiceLoader} with
 * {@link FeedOptions#standard()}; construct it with your own options to register them in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new JsonFeedFormat(FeedOptions.builder().title("Weekly").build()));
 * }</pre>
 */
public final class JsonFeedFormat extends DescribedFormat {

  private static final FormatDescriptor DESCRIPTOR =
      FormatDescriptor.builder("jsonfeed", "application/feed+json").extensions(".feed.json").multiDocument().build();

  /** The format with {@link FeedOptions#standard()}. */
  public JsonFeedFormat() {
    this(FeedOptions.standard());
  }

  /** @param options the feed's options */
  public JsonFeedFormat(FeedOptions options) {
    // Made on first use: a registry of every format builds only the renderers a program uses.
    super(DESCRIPTOR, () -> JsonFeedRenderer.of(options));
    Objects.requireNonNull(options, "options");
  }
}
