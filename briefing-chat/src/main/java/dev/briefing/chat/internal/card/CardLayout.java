package dev.briefing.chat.internal.card;

import dev.briefing.chat.internal.FigureCaption;
import dev.briefing.chat.internal.JudgmentWords;
import dev.briefing.core.AlternativeView;
import dev.briefing.chat.CardOutput;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The built-in section writers of an Adaptive Card: the title, a {@code Container} per section
 * with a heading and {@code TextBlock}s, the figures and details as {@code FactSet}s, and an
 * {@code Action.OpenUrl} per source with a checked address. The model 1.1 parts are subtle text
 * blocks under what they qualify (The Signal, an impact, an alternative view, a watch item), the
 * alternative views a container of their own after the impacts. Immutable and thread-safe.
 */
public final class CardLayout {

  /**
   * The parts and actions of one card, in order.
   *
   * @param parts the body's containers
   * @param actions the card's actions
   */
  public record Layout(List<CardPart> parts, List<CardPart.Action> actions) {}

  private final SectionLabels labels;
  private final JudgmentWords words;

  private CardLayout(RenderOptions options) {
    this.labels = options.labels();
    this.words = new JudgmentWords(labels);
  }

  /**
   * @param options the labels apply
   * @return a writer for every section
   */
  public static SectionWalk<CardOutput> writers(RenderOptions options) {
    CardLayout layout = new CardLayout(options);
    SectionLabels labels = options.labels();
    return SectionWalk.<CardOutput>empty()
        .with(Section.TITLE, (b, card) -> card.title(b.title().orElseThrow()))
        .with(Section.SIGNAL, (b, card) -> card.section(labels.signal()).text(b.signal())
            .note(layout.words.judgment(b.signalLikelihood(), b.signalConfidence(), b.signalHorizon())))
        .with(Section.WHAT_HAPPENED, (b, card) -> card.section(labels.whatHappened()).text(b.whatHappened()))
        .with(Section.WHY_IT_MATTERS, layout::impacts)
        .with(Section.THE_NUMBERS, layout::figures)
        .with(Section.WHAT_TO_WATCH, layout::watchItems)
        .with(Section.DETAILS, (b, card) -> layout.details(b.metadata(), card));
  }

  private void impacts(Briefing briefing, CardOutput card) {
    card.section(labels.whyItMatters());
    for (Impact impact : briefing.impacts()) {
      card.text(orderLabel(impact.order()) + ":", impact.text())
          .note(words.judgment(impact.likelihood(), impact.confidence(), impact.horizon()));
    }
    card.section(labels.alternativeViews());
    for (AlternativeView view : briefing.alternativeViews()) {
      card.text(view.text()).note(words.judgment(view.likelihood(), Optional.empty(), Optional.empty()));
    }
  }

  private void figures(Briefing briefing, CardOutput card) {
    card.section(labels.theNumbers());
    for (Figure figure : briefing.figures()) {
      card.fact(figure.value(), FigureCaption.of(figure, labels));
    }
  }

  private void watchItems(Briefing briefing, CardOutput card) {
    card.section(labels.whatToWatch());
    for (WatchItem item : briefing.watchItems()) {
      card.titled(item.title(), item.description());
      for (Signpost signpost : item.signposts()) {
        card.note(words.signpost(signpost));
      }
    }
  }

  private String orderLabel(int order) {
    return order >= 1 && order <= labels.impactOrders().size() ? labels.impactOrder(order) : String.valueOf(order);
  }

  private void details(Metadata metadata, CardOutput card) {
    card.section(labels.details());
    metadata.id().ifPresent(id -> card.fact(labels.id(), id));
    metadata.published().ifPresent(at -> card.fact(labels.published(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)));
    metadata.language().ifPresent(language -> card.fact(labels.languageLabel(), language.toLanguageTag()));
    if (!metadata.authors().isEmpty()) {
      card.fact(labels.author(), String.join(", ", metadata.authors()));
    }
    if (!metadata.tags().isEmpty()) {
      card.fact(labels.tag(), String.join(", ", metadata.tags()));
    }
    for (Source source : metadata.sources()) {
      // An address SafeLinks refuses is shown as a fact, so nothing of the briefing is lost.
      card.link(source.title(), source.url());
    }
  }
}
