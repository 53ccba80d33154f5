package dev.briefing.web.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.ImpactOrders;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * A briefing as a schema.org {@code AnalysisNewsArticle}, one section writer per part of the
 * briefing: the title is the {@code headline}, The Signal the {@code abstract}, the figures are
 * what the article {@code mentions}, the details give {@code identifier}, {@code datePublished}
 * (ISO 8601 with its offset, as Google's Article guidance asks), {@code inLanguage}, {@code
 * author} (each a {@code Person} with a name), {@code keywords} and {@code citation} (each source
 * a {@code CreativeWork} with its {@code url}). What Happened, Why It Matters and What To Watch
 * are the {@code articleBody}, as plain text in reading order under their labels.
 */
public final class ArticleJson {

  /** The context every processor knows; its terms are schema.org's. */
  public static final String CONTEXT = "https://schema.org";

  /** The generator, and the article body gathered as the walk goes: it is written last, as one string. */
  private record Article(JsonGenerator json, StringBuilder body) {
    /** @return the body, after the blank line that ends the block before, if any */
    StringBuilder block() {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      return body;
    }
  }

  private final RenderOptions options;
  private final SectionWalk<Article> walk;

  /** @param options the sections to write and the labels of the article body */
  public ArticleJson(RenderOptions options) {
    this.options = options;
    SectionLabels labels = options.labels();
    this.walk = SectionWalk.<Article>empty()
        .with(Section.TITLE, (briefing, out) -> out.json().write("headline", briefing.title().orElseThrow()))
        .with(Section.SIGNAL, (briefing, out) -> out.json().write("abstract", briefing.signal()))
        .with(Section.WHAT_HAPPENED, (briefing, out) -> out.block().append(briefing.whatHappened()))
        .with(Section.WHY_IT_MATTERS, (briefing, out) -> {
          StringBuilder block = out.block().append(labels.whyItMatters());
          for (int i = 0; i < briefing.impacts().size(); i++) {
            block.append('\n').append(ImpactOrders.label(labels, briefing.impacts(), i)).append(": ")
                .append(briefing.impacts().get(i).text());
          }
        })
        .with(Section.THE_NUMBERS, (briefing, out) -> {
          out.json().writeStartArray("mentions");
          for (Figure figure : briefing.figures()) {
            FigureJson.write(out.json(), figure);
          }
          out.json().writeEnd();
        })
        .with(Section.WHAT_TO_WATCH, (briefing, out) -> {
          StringBuilder block = out.block().append(labels.whatToWatch());
          for (WatchItem item : briefing.watchItems()) {
            block.append('\n').append(item.title()).append(": ").append(item.description());
          }
        })
        .with(Section.DETAILS, (briefing, out) -> details(briefing.metadata(), out.json()));
  }

  /**
   * Writes the article as one JSON object.
   *
   * @param briefing the briefing
   * @param json where the object goes
   */
  public void write(Briefing briefing, JsonGenerator json) {
    json.writeStartObject();
    json.write("@context", CONTEXT);
    json.write("@type", "AnalysisNewsArticle");
    Article article = new Article(json, new StringBuilder(bodyLength(briefing)));
    try {
      walk.write(briefing, options.sections(), article);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the writers above write to the generator, which throws unchecked
    }
    if (article.body().length() > 0) {
      json.write("articleBody", article.body().toString());
    }
    json.writeEnd();
  }

  /** The body's text without its labels, so that its buffer grows once at most, not from 16 chars up. */
  private static int bodyLength(Briefing briefing) {
    long length = 64L + briefing.whatHappened().length();
    for (Impact impact : briefing.impacts()) {
      length += 24 + impact.text().length();
    }
    for (WatchItem item : briefing.watchItems()) {
      length += 4 + item.title().length() + item.description().length();
    }
    return (int) Math.min(length, Integer.MAX_VALUE - 16);
  }

  private static void details(Metadata metadata, JsonGenerator json) {
    metadata.id().ifPresent(id -> json.write("identifier", id));
    metadata.published().ifPresent(published ->
        json.write("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published)));
    metadata.language().ifPresent(language -> json.write("inLanguage", language.toLanguageTag()));
    if (!metadata.authors().isEmpty()) {
      json.writeStartArray("author");
      for (String author : metadata.authors()) {
        json.writeStartObject().write("@type", "Person").write("name", author).writeEnd();
      }
      json.writeEnd();
    }
    if (!metadata.tags().isEmpty()) {
      json.writeStartArray("keywords");
      metadata.tags().forEach(json::write);
      json.writeEnd();
    }
    if (!metadata.sources().isEmpty()) {
      json.writeStartArray("citation");
      for (Source source : metadata.sources()) {
        json.writeStartObject()
            .write("@type", "CreativeWork")
            .write("name", source.title())
            .write("url", source.url().toString())
            .writeEnd();
      }
      json.writeEnd();
    }
  }
}
