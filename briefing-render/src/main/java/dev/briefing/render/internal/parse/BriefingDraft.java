package dev.briefing.render.internal.parse;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A briefing while a parser reads it: paragraphs are collected per part and joined with a
 * blank line, the model's paragraph separator, when the briefing is built.
 */
public final class BriefingDraft {

  private String title;
  private final List<String> signal = new ArrayList<>();
  private final List<String> whatHappened = new ArrayList<>();
  private final List<Part> impacts = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Part> watchItems = new ArrayList<>();
  private final Metadata.Builder metadata = Metadata.builder();
  private final Judgment signalJudgment = new Judgment();
  private final List<Part> alternativeViews = new ArrayList<>();

  /**
   * An impact, alternative view or watch item: its order or title, its paragraphs, its
   * judgment (impacts and views) and its signposts (watch items).
   */
  private record Part(int order, String title, List<String> paragraphs, Judgment judgment,
      List<Signpost.Builder> signposts) {
    Part(int order, String title, String firstParagraph) {
      this(order, title, new ArrayList<>(List.of(firstParagraph)), new Judgment(), new ArrayList<>());
    }
  }

  /** @param title the title */
  public void title(String title) {
    this.title = title;
  }

  /**
   * @param section {@link Section#SIGNAL} or {@link Section#WHAT_HAPPENED}
   * @param paragraph one paragraph
   */
  public void paragraph(Section section, String paragraph) {
    (section == Section.SIGNAL ? signal : whatHappened).add(paragraph);
  }

  /**
   * @param order the impact's order
   * @param firstParagraph its first paragraph
   */
  public void startImpact(int order, String firstParagraph) {
    impacts.add(new Part(order, null, firstParagraph));
  }

  /**
   * @param paragraph a further paragraph
   * @return false when there is no impact to add it to
   */
  public boolean continueImpact(String paragraph) {
    return addTo(impacts, paragraph);
  }

  /** @return the likelihood, confidence and horizon of The Signal */
  public Judgment signalJudgment() {
    return signalJudgment;
  }

  /** @return the judgment of the last impact; null when there is none */
  public Judgment lastImpactJudgment() {
    return impacts.isEmpty() ? null : impacts.get(impacts.size() - 1).judgment();
  }

  /** @param firstParagraph the first paragraph of an alternative view */
  public void startAlternativeView(String firstParagraph) {
    alternativeViews.add(new Part(0, null, firstParagraph));
  }

  /**
   * @param paragraph a further paragraph of the last alternative view
   * @return false when there is no view to add it to
   */
  public boolean continueAlternativeView(String paragraph) {
    return addTo(alternativeViews, paragraph);
  }

  /** @return the judgment of the last alternative view (only its likelihood counts); null when there is none */
  public Judgment lastAlternativeViewJudgment() {
    return alternativeViews.isEmpty() ? null : alternativeViews.get(alternativeViews.size() - 1).judgment();
  }

  /**
   * @param indicator what a signpost of the last watch item observes
   * @return false when there is no watch item to add it to
   */
  public boolean startSignpost(String indicator) {
    if (watchItems.isEmpty()) {
      return false;
    }
    watchItems.get(watchItems.size() - 1).signposts().add(Signpost.builder().indicator(indicator));
    return true;
  }

  /** @return the last signpost of the last watch item, to add its threshold, date or status; null when none */
  public Signpost.Builder lastSignpost() {
    if (watchItems.isEmpty()) {
      return null;
    }
    List<Signpost.Builder> signposts = watchItems.get(watchItems.size() - 1).signposts();
    return signposts.isEmpty() ? null : signposts.get(signposts.size() - 1);
  }

  /**
   * Sets a part of the last impact's judgment, as every layout reads it.
   *
   * @param field a judgment's field
   * @param value its value as written
   * @return null when set, else what is wrong
   */
  public String judgeImpact(JudgmentField field, String value) {
    Judgment impact = lastImpactJudgment();
    return impact == null ? "a likelihood, confidence or horizon follows its impact, but there is none before it"
        : impact.set(field, value);
  }

  /**
   * Sets the likelihood of the last alternative view, the one part of a judgment a view has.
   *
   * @param field a judgment's field
   * @param value its value as written
   * @return null when set, else what is wrong
   */
  public String judgeAlternativeView(JudgmentField field, String value) {
    Judgment view = lastAlternativeViewJudgment();
    return view == null ? "a likelihood follows its alternative view, but there is none before it"
        : field != JudgmentField.LIKELIHOOD ? "an alternative view has a likelihood only, not a " + field.name().toLowerCase(Locale.ROOT)
        : view.set(field, value);
  }

  /**
   * Reads a signpost's labelled part, as every layout writes it: an indicator starts a signpost
   * of the last watch item, the other parts belong to the last signpost.
   *
   * @param field a signpost's field
   * @param value its value as written
   * @param words the status words
   * @return null when read, else what is wrong
   */
  public String signpost(JudgmentField field, String value, Vocabulary words) {
    if (field == JudgmentField.INDICATOR) {
      if (value.isEmpty()) {
        return "the signpost has no indicator";
      }
      return startSignpost(value) ? null : "a signpost follows its watch item, but there is none before it";
    }
    Signpost.Builder signpost = lastSignpost();
    if (signpost == null) {
      return "a signpost's threshold, review-by date and status follow its indicator line, but there is none before it";
    }
    switch (field) {
      case THRESHOLD:
        signpost.threshold(value);
        return null;
      case REVIEW_BY:
        try {
          signpost.reviewBy(LocalDate.parse(value));
          return null;
        } catch (DateTimeParseException e) {
          return "expected a review-by date such as 2026-06-30, but found '" + abbreviate(value) + "'";
        }
      default:
        SignpostStatus status = words.status(value);
        if (status == null) {
          return "expected a signpost status (open, triggered, expired or retired, or their word in the labels' language), but found '"
              + abbreviate(value) + "'";
        }
        signpost.status(status);
        return null;
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }

  /** @param figure a figure */
  public void figure(Figure figure) {
    figures.add(figure);
  }

  /**
   * @param title the watch item's title
   * @param firstParagraph the first paragraph of its description
   */
  public void startWatchItem(String title, String firstParagraph) {
    watchItems.add(new Part(0, title, firstParagraph));
  }

  /**
   * @param paragraph a further paragraph of the last description
   * @return false when there is no watch item to add it to
   */
  public boolean continueWatchItem(String paragraph) {
    return addTo(watchItems, paragraph);
  }

  /**
   * Continues the last paragraph of a part after a line break, for the line breaks inside a
   * paragraph that the text layout keeps.
   *
   * @param section the part being read: the signal, what happened, impacts or watch items
   * @param line the next line of the paragraph
   * @return false when there is no paragraph to continue
   */
  public boolean continueParagraph(Section section, String line) {
    List<String> paragraphs;
    switch (section) {
      case SIGNAL:
        paragraphs = signal;
        break;
      case WHAT_HAPPENED:
        paragraphs = whatHappened;
        break;
      case WHY_IT_MATTERS:
        List<Part> judged = alternativeViews.isEmpty() ? impacts : alternativeViews;
        paragraphs = judged.isEmpty() ? List.of() : judged.get(judged.size() - 1).paragraphs();
        break;
      case WHAT_TO_WATCH:
        paragraphs = watchItems.isEmpty() ? List.of() : watchItems.get(watchItems.size() - 1).paragraphs();
        break;
      default:
        return false;
    }
    if (paragraphs.isEmpty()) {
      return false;
    }
    int last = paragraphs.size() - 1;
    paragraphs.set(last, paragraphs.get(last) + "\n" + line);
    return true;
  }

  private static boolean addTo(List<Part> parts, String paragraph) {
    if (parts.isEmpty()) {
      return false;
    }
    parts.get(parts.size() - 1).paragraphs().add(paragraph);
    return true;
  }

  /** @param id the metadata id */
  public void id(String id) {
    metadata.id(id);
  }

  /** @param published the publication time */
  public void published(OffsetDateTime published) {
    metadata.published(published);
  }

  /** @param language the language */
  public void language(Locale language) {
    metadata.language(language);
  }

  /** @param author an author */
  public void author(String author) {
    metadata.addAuthors(author);
  }

  /** @param tag a tag */
  public void tag(String tag) {
    metadata.addTags(tag);
  }

  /**
   * @param title the source's title
   * @param url its address
   */
  public void source(String title, URI url) {
    metadata.addSources(Source.of(title, url));
  }

  /** @return the briefing; a missing required section (lenient parsing) is empty text */
  public Briefing build() {
    Briefing.Builder briefing = Briefing.builder()
        .signal(String.join("\n\n", signal))
        .whatHappened(String.join("\n\n", whatHappened))
        .metadata(metadata.build())
        .signalLikelihood(signalJudgment.likelihood())
        .signalConfidence(signalJudgment.confidence())
        .signalHorizon(signalJudgment.horizon());
    if (title != null) {
      briefing.title(title);
    }
    for (Part impact : impacts) {
      Judgment judgment = impact.judgment();
      briefing.addImpacts(Impact.of(impact.order(), String.join("\n\n", impact.paragraphs()))
          .withLikelihood(judgment.likelihood()).withConfidence(judgment.confidence())
          .withHorizon(judgment.horizon()));
    }
    for (Part view : alternativeViews) {
      briefing.addAlternativeViews(AlternativeView.of(String.join("\n\n", view.paragraphs()))
          .withLikelihood(view.judgment().likelihood()));
    }
    briefing.addAllFigures(figures);
    for (Part item : watchItems) {
      List<Signpost> signposts = new ArrayList<>();
      for (Signpost.Builder signpost : item.signposts()) {
        signposts.add(signpost.build());
      }
      briefing.addWatchItems(WatchItem.of(item.title(), String.join("\n\n", item.paragraphs())).withSignposts(signposts));
    }
    return briefing.build();
  }
}
