package dev.briefing.feeds;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.web.internal.AppendableWriter;
import dev.briefing.web.internal.JsonOutput;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * Writes briefings as a JSON Feed 1.1 ({@code application/feed+json}): {@code version}, {@code
 * title}, {@code home_page_url}, {@code feed_url}, {@code authors}, and one item per briefing with
 * {@code id} ({@link EntryId}), {@code title} (when the briefing has one), {@code content_html}
 * (the HTML fragment), {@code summary} (The Signal), {@code date_published} (RFC 3339 with its
 * offset), {@code authors}, {@code tags} (each once, as the schema asks) and {@code language}.
 * One output is one feed ({@link #renderAll}, or the prologue, each briefing with a comma between
 * two, and the epilogue); rendering one briefing alone gives its item object. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * JsonFeedRenderer feed = JsonFeedRenderer.of(FeedOptions.builder().title("Weekly").build());
 * String json = feed.renderAll(briefings);   // see BriefingRenderer#renderAll
 * }</pre>
 */
public final class JsonFeedRenderer implements BriefingRenderer {
  /** The version URL a JSON Feed 1.1 starts with. */
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private static final JsonFeedRenderer STANDARD = of(FeedOptions.standard());

  private final FeedOptions options;
  private final HtmlRenderer html;

  private JsonFeedRenderer(FeedOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.html = HtmlRenderer.of(options.content());
  }

  /** @return the renderer with {@link FeedOptions#standard()} */
  public static JsonFeedRenderer standard() {
    return STANDARD;
  }

  /**
   * @param options the feed's options
   * @return a renderer with these options
   */
  public static JsonFeedRenderer of(FeedOptions options) {
    return new JsonFeedRenderer(options);
  }

  /** @return the options this renderer was made with */
  public FeedOptions options() {
    return options;
  }

  @Override
  public void renderPrologue(Appendable out) throws IOException {
    // Left open after "items":[ on purpose: the items and the epilogue close it.
    JsonGenerator json = JsonOutput.open(new AppendableWriter(out));
    json.writeStartObject();
    json.write("version", VERSION);
    json.write("title", options.title());
    options.description().ifPresent(description -> json.write("description", description));
    options.homePage().ifPresent(page -> json.write("home_page_url", page.toString()));
    options.feedUrl().ifPresent(url -> json.write("feed_url", url.toString()));
    options.author().ifPresent(author ->
        json.writeStartArray("authors").writeStartObject().write("name", author).writeEnd().writeEnd());
    json.writeStartArray("items");
    json.flush();
  }

  @Override
  public void renderSeparator(Appendable out) throws IOException {
    out.append(',');
  }

  @Override
  public void renderEpilogue(Appendable out) throws IOException {
    out.append("]}\n");
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(new AppendableWriter(out))) {
      json.writeStartObject();
      json.write("id", EntryId.of(briefing));
      briefing.title().ifPresent(title -> json.write("title", title));
      json.write("content_html", html.render(briefing));
      json.write("summary", briefing.signal());
      briefing.metadata().published().ifPresent(published ->
          json.write("date_published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published)));
      if (!briefing.metadata().authors().isEmpty()) {
        json.writeStartArray("authors");
        briefing.metadata().authors().forEach(author -> json.writeStartObject().write("name", author).writeEnd());
        json.writeEnd();
      }
      if (!briefing.metadata().tags().isEmpty()) {
        json.writeStartArray("tags");
        new LinkedHashSet<>(briefing.metadata().tags()).forEach(json::write);
        json.writeEnd();
      }
      briefing.metadata().language().ifPresent(language -> json.write("language", language.toLanguageTag()));
      json.writeEnd();
    }
  }
}
