package dev.briefing.web.internal;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
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
import java.util.Optional;

/**
 * A briefing as a schema.org {@code AnalysisNewsArticle}, one section writer per part of the
 * briefing: the title is the {@code headline}, The Signal the {@code abstract}, the figures are
 * what the article {@code mentions}, the details give {@code identifier}, {@code datePublished}
 * (ISO 8601 with its offset, as Google's Article guidance asks), {@code inLanguage}, {@code
 * author} (each a {@code Person} with a name), {@code keywords} and {@code citation} (each source
 * a {@code CreativeWork} with its {@code url}). What Happened, Why It Matters and What To Watch
 * are the {@code articleBody}, as plain text in reading order under their labels. Model 1.1: The
 * Signal's likelihood, confidence and horizon are the article's {@code additionalProperty}
 * ({@link JudgmentJson}); each impact with a judgment is also a {@code Claim} in {@code hasPart}
 * with its own; the alternative views are the article's {@code comment}s; signposts, for which
 * schema.org has no term, are labelled lines under their watch item in the body.
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
        .with(Section.SIGNAL, (briefing, out) -> {
          out.json().write("abstract", briefing.signal());
          JudgmentJson.write(out.json(), labels, briefing.signalLikelihood(), briefing.signalConfidence(),
              briefing.signalHorizon());
        })
        .with(Section.WHAT_HAPPENED, (briefing, out) -> out.block().append(briefing.whatHappened()))
        .with(Section.WHY_IT_MATTERS, (briefing, out) -> {
          StringBuilder block = out.block().append(labels.whyItMatters());
          for (int i = 0; i < briefing.impacts().size(); i++) {
            block.append('\n').append(ImpactOrders.label(labels, briefing.impacts(), i)).append(": ")
                .append(briefing.impacts().get(i).text());
          }
          judgedImpacts(briefing, labels, out.json());
          alternativeViews(briefing, labels, out.json());
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
            for (Signpost signpost : item.signposts()) {
              signpost(block, signpost, labels);
            }
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

  /** Each impact that states a judgment, as a {@code Claim} the article has as a part. */
  private static void judgedImpacts(Briefing briefing, SectionLabels labels, JsonGenerator json) {
    boolean open = false;
    for (int i = 0; i < briefing.impacts().size(); i++) {
      Impact impact = briefing.impacts().get(i);
      if (!JudgmentJson.isPresent(impact.likelihood(), impact.confidence(), impact.horizon())) {
        continue;
      }
      if (!open) {
        json.writeStartArray("hasPart");
        open = true;
      }
      json.writeStartObject()
          .write("@type", "Claim")
          .write("name", ImpactOrders.label(labels, briefing.impacts(), i))
          .write("text", impact.text());
      JudgmentJson.write(json, labels, impact.likelihood(), impact.confidence(), impact.horizon());
      json.writeEnd();
    }
    if (open) {
      json.writeEnd();
    }
  }

  /** The alternative views as {@code Comment}s on the article, each with its likelihood. */
  private static void alternativeViews(Briefing briefing, SectionLabels labels, JsonGenerator json) {
    if (briefing.alternativeViews().isEmpty()) {
      return;
    }
    json.writeStartArray("comment");
    for (AlternativeView view : briefing.alternativeViews()) {
      json.writeStartObject()
          .write("@type", "Comment")
          .write("name", labels.alternativeViews())
          .write("text", view.text());
      JudgmentJson.write(json, labels, view.likelihood(), Optional.empty(), Optional.empty());
      json.writeEnd();
    }
    json.writeEnd();
  }

  /** A signpost as a labelled line of the body: schema.org has no term for what to watch. */
  private static void signpost(StringBuilder block, Signpost signpost, SectionLabels labels) {
    block.append('\n').append(labels.indicator()).append(": ").append(signpost.indicator());
    signpost.threshold().ifPresent(t -> block.append("; ").append(labels.threshold()).append(": ").append(t));
    signpost.reviewBy().ifPresent(d -> block.append("; ").append(labels.reviewBy()).append(": ").append(d));
    block.append("; ").append(labels.status()).append(": ").append(labels.statusWord(signpost.status()));
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
