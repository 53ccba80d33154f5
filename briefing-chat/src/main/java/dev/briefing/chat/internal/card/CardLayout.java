package dev.briefing.chat.internal.card;

import dev.briefing.chat.internal.BoldLead;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a briefing out as Adaptive Card parts: the title, a {@code Container} per section with
 * a heading and {@code TextBlock}s, the figures and details as {@code FactSet}s, and an
 * {@code Action.OpenUrl} per source with a checked address. Immutable and thread-safe.
 */
public final class CardLayout {

  /** The parts and actions of one card, in order. */
  public record Layout(List<CardPart> parts, List<String> actions) {}

  private final SectionLabels labels;
  private final Set<Section> sections;
  private final SectionWalk<Layout> walk;

  /**
   * @param options the labels and the sections to write; the other options do not apply
   */
  public CardLayout(RenderOptions options) {
    this.labels = options.labels();
    this.sections = options.sections();
    this.walk = SectionWalk.<Layout>empty()
        .with(Section.TITLE, (b, card) -> card.parts().add(new CardPart("",
            List.of(new CardPart.TextEntry("", b.title().orElseThrow(), CardJson.Look.TITLE)), List.of())))
        .with(Section.SIGNAL, (b, card) -> card.parts().add(texts(labels.signal(), List.of(body(b.signal())))))
        .with(Section.WHAT_HAPPENED, (b, card) -> card.parts().add(texts(labels.whatHappened(), List.of(body(b.whatHappened())))))
        .with(Section.WHY_IT_MATTERS, (b, card) -> card.parts().add(impacts(b)))
        .with(Section.THE_NUMBERS, (b, card) -> card.parts().add(figures(b)))
        .with(Section.WHAT_TO_WATCH, (b, card) -> card.parts().add(watchItems(b)))
        .with(Section.DETAILS, (b, card) -> details(b.metadata(), card.parts(), card.actions()));
  }

  /**
   * @param briefing the briefing
   * @return its card parts and actions
   */
  public Layout layout(Briefing briefing) {
    Layout layout = new Layout(new ArrayList<>(), new ArrayList<>());
    try {
      walk.write(briefing, sections, layout);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // lists in memory cannot fail
    }
    return new Layout(List.copyOf(layout.parts()), List.copyOf(layout.actions()));
  }

  private CardPart impacts(Briefing briefing) {
    List<CardPart.TextEntry> entries = new ArrayList<>();
    for (Impact impact : briefing.impacts()) {
      entries.add(new CardPart.TextEntry(bold(orderLabel(impact.order()) + ":") + " ", impact.text(), CardJson.Look.BODY));
    }
    return texts(labels.whyItMatters(), entries);
  }

  private CardPart figures(Briefing briefing) {
    List<String> facts = new ArrayList<>();
    for (Figure figure : briefing.figures()) {
      StringBuilder about = new StringBuilder(figure.label());
      figure.source().ifPresent(source -> about.append(" · ").append(source));
      figure.asOf().ifPresent(asOf -> about.append(" · ").append(labels.asOf()).append(' ').append(asOf));
      facts.add(CardJson.fact(CardMarkdown.escape(figure.value()), CardMarkdown.escape(about.toString())));
    }
    return new CardPart(heading(labels.theNumbers()), List.of(), facts);
  }

  private CardPart watchItems(Briefing briefing) {
    List<CardPart.TextEntry> entries = new ArrayList<>();
    for (WatchItem item : briefing.watchItems()) {
      entries.add(new CardPart.TextEntry(bold(item.title()) + "\n\n", item.description(), CardJson.Look.BODY));
    }
    return texts(labels.whatToWatch(), entries);
  }

  private String orderLabel(int order) {
    return order >= 1 && order <= labels.impactOrders().size() ? labels.impactOrder(order) : String.valueOf(order);
  }

  private static CardPart.TextEntry body(String text) {
    return new CardPart.TextEntry("", text, CardJson.Look.BODY);
  }

  private static String bold(String text) {
    return BoldLead.fits(text) ? "**" + CardMarkdown.escape(text) + "**" : CardMarkdown.escape(text);
  }

  private static String heading(String label) {
    return CardJson.textBlock(CardMarkdown.escape(label), CardJson.Look.HEADING);
  }

  private static CardPart texts(String label, List<CardPart.TextEntry> entries) {
    return new CardPart(heading(label), List.copyOf(entries), List.of());
  }

  private void details(Metadata metadata, List<CardPart> parts, List<String> actions) {
    List<String> facts = new ArrayList<>();
    metadata.id().ifPresent(id -> facts.add(fact(labels.id(), id)));
    metadata.published().ifPresent(at -> facts.add(fact(labels.published(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at))));
    metadata.language().ifPresent(language -> facts.add(fact(labels.languageLabel(), language.toLanguageTag())));
    if (!metadata.authors().isEmpty()) {
      facts.add(fact(labels.author(), String.join(", ", metadata.authors())));
    }
    if (!metadata.tags().isEmpty()) {
      facts.add(fact(labels.tag(), String.join(", ", metadata.tags())));
    }
    for (Source source : metadata.sources()) {
      Optional<String> url = SafeLinks.of(source.url());
      if (url.isPresent()) {
        actions.add(CardJson.openUrl(source.title(), url.get()));
      } else {
        // Not an address to open: shown as text, so nothing of the briefing is lost.
        facts.add(fact(source.title(), source.url().toString()));
      }
    }
    if (!facts.isEmpty()) {
      parts.add(new CardPart(heading(labels.details()), List.of(), facts));
    }
  }

  private static String fact(String title, String value) {
    return CardJson.fact(CardMarkdown.escape(title), CardMarkdown.escape(value));
  }
}
