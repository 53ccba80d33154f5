package dev.briefing.chat.internal.slack;

import dev.briefing.chat.internal.FigureCaption;
import dev.briefing.chat.internal.JudgmentWords;
import dev.briefing.core.AlternativeView;
import dev.briefing.chat.SlackOutput;
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
import java.util.Optional;

/**
 * The built-in section writers of a Slack message: a header with the title, a section per part
 * with a divider between parts, figures as section fields, details and sources as context
 * elements. The model 1.1 parts are context blocks under what they qualify (The Signal, an
 * impact, an alternative view, a watch item), the alternative views a part of their own after
 * the impacts.
 */
public final class SlackLayout {

  private SlackLayout() {}

  /**
   * @param options the labels apply
   * @return a writer for every section
   */
  public static SectionWalk<SlackOutput> writers(RenderOptions options) {
    SectionLabels labels = options.labels();
    JudgmentWords words = new JudgmentWords(labels);
    return SectionWalk.<SlackOutput>empty()
        .with(Section.TITLE, (b, out) -> out.header(b.title().orElseThrow()))
        .with(Section.SIGNAL, (b, out) -> out.section(labels.signal()).text(b.signal())
            .note(words.judgment(b.signalLikelihood(), b.signalConfidence(), b.signalHorizon())))
        .with(Section.WHAT_HAPPENED, (b, out) -> out.section(labels.whatHappened()).text(b.whatHappened()))
        .with(Section.WHY_IT_MATTERS, (b, out) -> {
          if (!b.impacts().isEmpty()) {
            out.section(labels.whyItMatters());
          }
          for (Impact impact : b.impacts()) {
            out.text(orderLabel(labels, impact.order()) + ":", impact.text())
                .note(words.judgment(impact.likelihood(), impact.confidence(), impact.horizon()));
          }
          if (!b.alternativeViews().isEmpty()) {
            out.section(labels.alternativeViews());
          }
          for (AlternativeView view : b.alternativeViews()) {
            out.text(view.text()).note(words.judgment(view.likelihood(), Optional.empty(), Optional.empty()));
          }
        })
        .with(Section.THE_NUMBERS, (b, out) -> {
          out.section(labels.theNumbers());
          for (Figure figure : b.figures()) {
            out.field(figure.value(), FigureCaption.of(figure, labels));
          }
        })
        .with(Section.WHAT_TO_WATCH, (b, out) -> {
          out.section(labels.whatToWatch());
          for (WatchItem item : b.watchItems()) {
            out.titled(item.title(), item.description());
            for (Signpost signpost : item.signposts()) {
              out.note(words.signpost(signpost));
            }
          }
        })
        .with(Section.DETAILS, (b, out) -> details(labels, b.metadata(), out));
  }

  private static String orderLabel(SectionLabels labels, int order) {
    return order >= 1 && order <= labels.impactOrders().size() ? labels.impactOrder(order) : String.valueOf(order);
  }

  private static void details(SectionLabels labels, Metadata metadata, SlackOutput out) {
    out.section("");
    metadata.id().ifPresent(id -> out.detail(labels.id(), id));
    metadata.published().ifPresent(at -> out.detail(labels.published(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)));
    metadata.language().ifPresent(language -> out.detail(labels.languageLabel(), language.toLanguageTag()));
    if (!metadata.authors().isEmpty()) {
      out.detail(labels.author(), String.join(", ", metadata.authors()));
    }
    if (!metadata.tags().isEmpty()) {
      out.detail(labels.tag(), String.join(", ", metadata.tags()));
    }
    for (Source source : metadata.sources()) {
      out.link(source.title(), source.url());
    }
  }
}
