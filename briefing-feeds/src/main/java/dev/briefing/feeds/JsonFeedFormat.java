package dev.briefing.feeds;

import dev.briefing.feeds.internal.FeedFormat;

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
public final class JsonFeedFormat extends FeedFormat {

  /** The format with {@link FeedOptions#standard()}. */
  public JsonFeedFormat() {
    this(FeedOptions.standard());
  }

  /** @param options the feed's options */
  public JsonFeedFormat(FeedOptions options) {
    super("jsonfeed", "application/feed+json", ".feed.json", JsonFeedRenderer.of(options));
  }
}
