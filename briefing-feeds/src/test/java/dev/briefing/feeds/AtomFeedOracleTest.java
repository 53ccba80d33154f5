package dev.briefing.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import dev.briefing.core.Briefing;
import dev.briefing.kit.PlainText;
import dev.briefing.render.html.HtmlRenderer;
import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Atom checked by two real oracles: jing validates the whole feed against RFC 4287's RELAX NG
 * schema (Appendix B, shipped as test data), and ROME reads it back with every field.
 */
class AtomFeedOracleTest {
  private static final List<Briefing> BATCH = FeedBriefings.batch();
  private static final String FEED = render();

  private static String render() {
    StringBuilder out = new StringBuilder();
    XmlFeedRenderer.atom(FeedBriefings.OPTIONS).renderAll(BATCH.stream(), out);
    return out.toString();
  }

  @Test
  void theFeedIsValidAgainstRfc4287sRelaxNgSchema() throws Exception {
    assertThat(relaxNgErrors(FEED)).isEmpty();
  }

  @Test
  void anEmptyBatchIsAValidFeed() throws Exception {
    StringBuilder out = new StringBuilder();
    XmlFeedRenderer.atom(FeedBriefings.OPTIONS).renderAll(java.util.stream.Stream.empty(), out);
    assertThat(relaxNgErrors(out.toString())).isEmpty();
  }

  @Test
  void romeReadsBackEveryField() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(new StringReader(FEED));
    assertThat(feed.getTitle()).isEqualTo("Weekly briefings");
    assertThat(feed.getUri()).isEqualTo("https://news.example/feed");
    assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
        .contains(org.assertj.core.groups.Tuple.tuple("alternate", "https://news.example/"),
            org.assertj.core.groups.Tuple.tuple("self", "https://news.example/feed"));
    assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Newsroom");
    assertThat(feed.getPublishedDate()).isEqualTo(Date.from(FeedBriefings.UPDATED.toInstant()));

    HtmlRenderer html = HtmlRenderer.of(FeedBriefings.OPTIONS.content());
    assertThat(feed.getEntries()).hasSize(BATCH.size());
    for (int i = 0; i < BATCH.size(); i++) {
      Briefing briefing = BATCH.get(i);
      SyndEntry entry = feed.getEntries().get(i);
      assertThat(entry.getUri()).isEqualTo(EntryId.of(briefing));
      assertThat(entry.getTitle()).isEqualTo(briefing.title().orElseGet(() -> PlainText.clean(briefing.signal())));
      Date when = Date.from(briefing.metadata().published().orElse(FeedBriefings.UPDATED)
          .truncatedTo(ChronoUnit.SECONDS).toInstant());
      assertThat(entry.getUpdatedDate()).isEqualTo(when);
      assertThat(entry.getPublishedDate()).isEqualTo(briefing.metadata().published().isPresent() ? when : null);
      assertThat(entry.getAuthors()).extracting(SyndPerson::getName).isEqualTo(briefing.metadata().authors());
      assertThat(entry.getCategories()).extracting(SyndCategory::getName).isEqualTo(briefing.metadata().tags());
      assertThat(entry.getDescription().getValue()).isEqualTo(briefing.signal());
      assertThat(entry.getContents()).hasSize(1);
      assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
      assertThat(entry.getContents().get(0).getValue()).isEqualTo(html.render(briefing));
    }
  }

  static List<String> relaxNgErrors(String xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    InputSource schema = new InputSource(AtomFeedOracleTest.class.getResource("/rfc4287/atom.rnc").toString());
    assertThat(driver.loadSchema(schema)).as("the schema loads: %s", errors).isTrue();
    driver.validate(new InputSource(new StringReader(xml)));
    return errors;
  }
}
