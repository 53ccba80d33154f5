package dev.briefing.feeds;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.feeds.internal.XmlFeed;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes briefings as an Atom 1.0 ({@link #atom}) or RSS 2.0 ({@link #rss}) feed, every element
 * made by ROME. One output is one feed: {@link #renderAll} (or the prologue, each briefing and
 * the epilogue, as {@code briefing convert} writes a batch) gives the feed's head, one entry or
 * item per briefing, and its end. Rendering one briefing alone gives only its entry element.
 * Immutable and thread-safe.
 *
 * <p>Each entry: the id of {@link EntryId}; the title (The Signal when the briefing has none);
 * the publication time as published and updated (without one, the feed's updated time); the
 * authors; the tags as categories; The Signal as the summary (RSS {@code description}); the HTML
 * fragment as the content (RSS {@code content:encoded}, after the description).
 *
 * <pre>{@code
 * XmlFeedRenderer atom = XmlFeedRenderer.atom(FeedOptions.builder().title("Weekly").author("Newsroom").build());
 * try (Writer out = Files.newBufferedWriter(Path.of("feed.xml"))) {
 *   atom.renderAll(briefings.stream(), out);
 * }
 * }</pre>
 */
public final class XmlFeedRenderer implements BriefingRenderer {
  private final FeedOptions options;
  private final XmlFeed feed;

  private XmlFeedRenderer(FeedOptions options, XmlFeed feed) {
    this.options = options;
    this.feed = feed;
  }

  /**
   * @param options the feed's options
   * @return an Atom 1.0 renderer
   */
  public static XmlFeedRenderer atom(FeedOptions options) {
    Objects.requireNonNull(options, "options");
    return new XmlFeedRenderer(options, new XmlFeed("atom_1.0", "</feed>", List.of("entry"), options));
  }

  /**
   * An RSS 2.0 renderer. RSS requires a channel link: its prologue throws a {@link
   * BriefingException} saying so when the options have neither a home page nor a feed URL.
   *
   * @param options the feed's options, with a home page or a feed URL for the channel's link
   * @return an RSS 2.0 renderer
   */
  public static XmlFeedRenderer rss(FeedOptions options) {
    Objects.requireNonNull(options, "options");
    return new XmlFeedRenderer(options, new XmlFeed("rss_2.0", "</channel>", List.of("channel", "item"), options));
  }

  /** @return the options this renderer was made with */
  public FeedOptions options() {
    return options;
  }

  @Override
  public void renderPrologue(Appendable out) throws IOException {
    if (feed.needsLink() && options.homePage().isEmpty() && options.feedUrl().isEmpty()) {
      throw new BriefingException("An RSS 2.0 channel needs a link: give the feed a home page"
          + " (FeedOptions.homePage, --feed-home-page) or a feed URL (FeedOptions.feedUrl, --feed-url)");
    }
    out.append(feed.prologue(updated()));
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    feed.entry(briefing, updated(), out);
  }

  @Override
  public void renderEpilogue(Appendable out) throws IOException {
    out.append(feed.epilogue(updated()));
  }

  private OffsetDateTime updated() {
    return options.updated().orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
  }
}
