/**
 * Feeds of briefings: {@link dev.briefing.feeds.XmlFeedRenderer} writes Atom 1.0 ({@code atom})
 * and RSS 2.0 ({@code rss}) through ROME, {@link dev.briefing.feeds.JsonFeedRenderer} writes
 * JSON Feed 1.1 ({@code jsonfeed}). Each holds many briefings per output, one entry each, with
 * the id {@link dev.briefing.feeds.EntryId} gives; the feed's own title, addresses and author are
 * {@link dev.briefing.feeds.FeedOptions}.
 *
 * <pre>{@code
 * FeedOptions options = FeedOptions.builder()
 *     .title("Weekly briefings")
 *     .homePage(URI.create("https://news.example/"))
 *     .feedUrl(URI.create("https://news.example/feed.xml"))
 *     .author("Newsroom")
 *     .build();
 * long written = XmlFeedRenderer.atom(options).renderAll(briefings.stream(), writer);
 * }</pre>
 */
package dev.briefing.feeds;
