package dev.briefing.hardening.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.feeds.EntryId;
import dev.briefing.feeds.FeedOptions;
import dev.briefing.feeds.JsonFeedRenderer;
import dev.briefing.feeds.XmlFeedRenderer;
import dev.briefing.web.JsonLdRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

/**
 * The hostile corpora through jsonld and the feeds: every Atom and RSS feed is well-formed XML
 * that ROME reads back, and a valid briefing's strings come back equal from every format.
 */
class FeedsHostileCorpusTest {
  private static final FeedOptions OPTIONS = FeedOptions.builder()
      .homePage(URI.create("https://news.example/")).author("Newsroom").build();

  static Stream<Briefing> hostile() {
    return HostileStrings.everywhere();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void xmlFeedsAreWellFormedAndReadBack(Briefing briefing) throws Exception {
    boolean valid = BriefingValidator.standard().validate(briefing).isEmpty();
    for (XmlFeedRenderer renderer : List.of(XmlFeedRenderer.atom(OPTIONS), XmlFeedRenderer.rss(OPTIONS))) {
      StringBuilder out = new StringBuilder();
      renderer.renderAll(Stream.of(briefing, briefing), out);
      DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
      SyndFeed feed = new SyndFeedInput().build(new StringReader(out.toString()));
      assertThat(feed.getEntries()).hasSize(2);
      SyndEntry entry = feed.getEntries().get(0);
      assertThat(entry.getUri()).isEqualTo(EntryId.of(briefing));
      if (valid) {
        assertThat(entry.getTitle()).isEqualTo(briefing.title().orElseThrow());
        assertThat(entry.getDescription().getValue()).isEqualTo(briefing.signal());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void jsonFormatsParseBackToTheSameStrings(Briefing briefing) {
    JsonObject article = Json.createReader(new StringReader(JsonLdRenderer.standard().render(briefing))).readObject();
    assertThat(article.getString("abstract")).isEqualTo(briefing.signal());
    assertThat(article.getString("headline")).isEqualTo(briefing.title().orElseThrow());

    StringBuilder out = new StringBuilder();
    JsonFeedRenderer.of(OPTIONS).renderAll(Stream.of(briefing, briefing), out);
    JsonObject item = Json.createReader(new StringReader(out.toString())).readObject().getJsonArray("items").getJsonObject(1);
    assertThat(item.getString("summary")).isEqualTo(briefing.signal());
    assertThat(item.getString("id")).isEqualTo(EntryId.of(briefing));
  }
}
