/**
 * Feeds of briefings: {@code atom} (Atom 1.0) and {@code rss} (RSS 2.0) written through ROME,
 * and {@code jsonfeed} (JSON Feed 1.1); one output holds a whole batch of briefings.
 *
 * <pre>{@code
 * FeedOptions options = FeedOptions.builder().title("Weekly briefings").build();
 * XmlFeedRenderer.atom(options).renderAll(briefings.stream(), writer);
 * }</pre>
 */
module dev.briefing.feeds {
  requires transitive dev.briefing.core;
  requires transitive dev.briefing.kit;
  requires dev.briefing.web;
  requires dev.briefing.render;
  requires com.rometools.rome;
  requires org.jdom2;
  requires jakarta.json;

  exports dev.briefing.feeds;

  provides dev.briefing.core.format.BriefingFormat with
      dev.briefing.feeds.AtomFormat,
      dev.briefing.feeds.RssFormat,
      dev.briefing.feeds.JsonFeedFormat;
}
