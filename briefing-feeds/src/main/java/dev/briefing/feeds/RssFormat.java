package dev.briefing.feeds;

import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import java.util.Objects;

/**
 * The {@code rss} format ({@code application/rss+xml}, {@code .rss}): an RSS 2.0 feed of any
 * number of briefings; rendering only. RSS requires a channel link, so register it with options
 * that have a home page or a feed URL; the one {@link java.util.ServiceLoader} finds has none and
 * says so when it is used.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new RssFormat(FeedOptions.builder().homePage(URI.create("https://news.example/")).build()));
 * }</pre>
 */
public final class RssFormat extends DescribedFormat {

  private static final FormatDescriptor DESCRIPTOR =
      FormatDescriptor.builder("rss", "application/rss+xml").extensions(".rss").multiDocument().build();

  /** The format with {@link FeedOptions#standard()}. */
  public RssFormat() {
    this(FeedOptions.standard());
  }

  /** @param options the feed's options */
  public RssFormat(FeedOptions options) {
    // Made on first use: a registry of every format builds only the renderers a program uses.
    super(DESCRIPTOR, () -> XmlFeedRenderer.rss(options));
    Objects.requireNonNull(options, "options");
  }
}
