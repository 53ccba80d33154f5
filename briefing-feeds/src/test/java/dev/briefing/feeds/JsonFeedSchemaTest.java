package dev.briefing.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.briefing.core.Briefing;
import dev.briefing.render.html.HtmlRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JSON Feed validated against its published JSON Schema (SchemaStore's, shipped as test data), and read back. */
class JsonFeedSchemaTest {
  private static final String BASE = "https://json.schemastore.org/";
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
          builder -> builder.schemas(Map.of(BASE + "feed.json", resource("feed.json"), BASE + "feed-1", resource("feed-1.json"))))
      .getSchema(SchemaLocation.of(BASE + "feed.json"));
  private static final List<Briefing> BATCH = FeedBriefings.batch();

  private static String render(Stream<Briefing> briefings) {
    StringBuilder out = new StringBuilder();
    JsonFeedRenderer.of(FeedBriefings.OPTIONS).renderAll(briefings, out);
    return out.toString();
  }

  @Test
  void theFeedIsValidAgainstTheJsonFeedSchema() {
    assertThat(SCHEMA.validate(render(BATCH.stream()), InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA.validate(render(Stream.empty()), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRefusesAnItemWithoutContent() {
    String broken = "{\"version\":\"" + JsonFeedRenderer.VERSION + "\",\"title\":\"t\",\"items\":[{\"id\":\"1\"}]}";
    assertThat(SCHEMA.validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void everyItemReadsBackWithItsFields() {
    JsonObject feed = Json.createReader(new StringReader(render(BATCH.stream()))).readObject();
    assertThat(feed.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.getString("home_page_url")).isEqualTo("https://news.example/");
    assertThat(feed.getString("feed_url")).isEqualTo("https://news.example/feed");
    assertThat(feed.getJsonArray("authors").getJsonObject(0).getString("name")).isEqualTo("Newsroom");
    HtmlRenderer html = HtmlRenderer.of(FeedBriefings.OPTIONS.content());
    assertThat(feed.getJsonArray("items")).hasSize(BATCH.size());
    for (int i = 0; i < BATCH.size(); i++) {
      Briefing briefing = BATCH.get(i);
      JsonObject item = feed.getJsonArray("items").getJsonObject(i);
      assertThat(item.getString("id")).isEqualTo(EntryId.of(briefing));
      assertThat(item.getString("title", null)).isEqualTo(briefing.title().orElse(null));
      assertThat(item.getString("summary")).isEqualTo(briefing.signal());
      assertThat(item.getString("content_html")).isEqualTo(html.render(briefing));
      assertThat(item.getString("date_published", null)).isEqualTo(briefing.metadata().published()
          .map(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null));
      List<String> tags = item.containsKey("tags")
          ? item.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
      assertThat(tags).isEqualTo(briefing.metadata().tags().stream().distinct().toList());
      List<String> authors = item.containsKey("authors")
          ? item.getJsonArray("authors").getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList() : List.of();
      assertThat(authors).isEqualTo(briefing.metadata().authors());
    }
  }

  private static String resource(String name) {
    try (InputStream in = JsonFeedSchemaTest.class.getResourceAsStream("/jsonfeed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
