package dev.briefing.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.kit.PlainText;
import dev.briefing.render.html.HtmlRenderer;
import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** RSS 2.0 read back by ROME with every field, and each item's description before its content. */
class RssFeedOracleTest {
  private static final List<Briefing> BATCH = FeedBriefings.batch();

  private static String render() {
    StringBuilder out = new StringBuilder();
    XmlFeedRenderer.rss(FeedBriefings.OPTIONS).renderAll(BATCH.stream(), out);
    return out.toString();
  }

  @Test
  void romeReadsBackEveryField() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(new StringReader(render()));
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("Weekly briefings");
    assertThat(feed.getLink()).isEqualTo("https://news.example/");
    HtmlRenderer html = HtmlRenderer.of(FeedBriefings.OPTIONS.content());
    assertThat(feed.getEntries()).hasSize(BATCH.size());
    for (int i = 0; i < BATCH.size(); i++) {
      Briefing briefing = BATCH.get(i);
      SyndEntry entry = feed.getEntries().get(i);
      assertThat(entry.getUri()).isEqualTo(EntryId.of(briefing));
      assertThat(entry.getTitle()).isEqualTo(briefing.title().orElseGet(() -> PlainText.clean(briefing.signal())));
      assertThat(entry.getPublishedDate()).isEqualTo(briefing.metadata().published()
          .map(published -> Date.from(published.truncatedTo(ChronoUnit.SECONDS).toInstant())).orElse(null));
      assertThat(((DCModule) entry.getModule(DCModule.URI)).getCreators()).isEqualTo(briefing.metadata().authors());
      assertThat(entry.getCategories()).extracting(SyndCategory::getName).isEqualTo(briefing.metadata().tags());
      assertThat(entry.getDescription().getValue()).isEqualTo(briefing.signal());
      assertThat(entry.getContents().get(0).getValue()).isEqualTo(html.render(briefing));
    }
  }

  @Test
  void eachItemHasItsDescriptionBeforeItsEncodedContent() throws Exception {
    org.w3c.dom.Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(render())));
    NodeList items = document.getElementsByTagName("item");
    assertThat(items.getLength()).isEqualTo(BATCH.size());
    for (int i = 0; i < items.getLength(); i++) {
      List<String> names = Stream.iterate(((Element) items.item(i)).getFirstChild(), n -> n != null, n -> n.getNextSibling())
          .filter(n -> n instanceof Element).map(n -> n.getNamespaceURI() + " " + n.getLocalName()).toList();
      assertThat(names.indexOf("null description"))
          .isLessThan(names.indexOf("http://purl.org/rss/1.0/modules/content/ encoded")).isNotNegative();
    }
  }

  @Test
  void aChannelWithoutALinkIsRefusedWithWhatToSet() {
    XmlFeedRenderer rss = XmlFeedRenderer.rss(FeedOptions.standard());
    assertThatThrownBy(() -> rss.renderPrologue(new StringBuilder()))
        .isInstanceOf(BriefingException.class).hasMessageContaining("--feed-home-page");
  }
}
