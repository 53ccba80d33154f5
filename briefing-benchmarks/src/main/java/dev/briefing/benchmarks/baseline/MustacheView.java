package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Metadata;
import java.util.List;

/**
 * What the Mustache page reads: logic-less templates need the optional parts as values or
 * {@code null}, the paragraphs and order words computed in code, and booleans to guard the
 * sections.
 *
 * <pre>{@code
 * template.execute(writer, new MustacheView(briefing));
 * }</pre>
 */
public final class MustacheView {
  private final Briefing briefing;

  /** @param briefing the briefing to show */
  public MustacheView(Briefing briefing) {
    this.briefing = briefing;
  }

  /** @return the page's language */
  public String documentLanguage() {
    return PageText.documentLanguage(briefing);
  }

  /** @return the document title: the headline, else the first section's name */
  public String documentTitle() {
    return briefing.title().orElse("The Signal");
  }

  /** @return the briefing's own language tag, or {@code null} */
  public String language() {
    return briefing.metadata().language().map(l -> l.toLanguageTag()).orElse(null);
  }

  /** @return the page's words' own language where it is not the briefing's, or {@code null} */
  public String labelLanguage() {
    return PageText.labelLanguage(briefing);
  }

  /** @return the headline, or {@code null} to skip it */
  public String title() {
    return briefing.title().orElse(null);
  }

  /** @return The Signal's paragraphs */
  public List<String> signal() {
    return PageText.paragraphs(briefing.signal());
  }

  /** @return What Happened's paragraphs */
  public List<String> whatHappened() {
    return PageText.paragraphs(briefing.whatHappened());
  }

  /** @return whether Why It Matters is shown */
  public boolean hasImpacts() {
    return !briefing.impacts().isEmpty();
  }

  /** @return the impacts */
  public List<ImpactView> impacts() {
    return briefing.impacts().stream().map(i -> {
      List<String> paragraphs = PageText.paragraphs(i.text());
      return new ImpactView(PageText.orderWord(i.order()), paragraphs.get(0), paragraphs.subList(1, paragraphs.size()));
    }).toList();
  }

  /** @return whether The Numbers is shown */
  public boolean hasFigures() {
    return !briefing.figures().isEmpty();
  }

  /** @return the figures */
  public List<FigureView> figures() {
    return briefing.figures().stream().map(FigureView::of).toList();
  }

  /** @return whether What To Watch is shown */
  public boolean hasWatchItems() {
    return !briefing.watchItems().isEmpty();
  }

  /** @return the watch items */
  public List<WatchItemView> watchItems() {
    return briefing.watchItems().stream()
        .map(w -> new WatchItemView(w.title(), PageText.paragraphs(w.description())))
        .toList();
  }

  /** @return the details section: one entry, or none when the metadata is empty */
  public List<DetailsView> details() {
    Metadata m = briefing.metadata();
    if (m.isEmpty()) {
      return List.of();
    }
    return List.of(new DetailsView(
        m.id().orElse(null),
        m.published().map(t -> new TimeView(PageText.htmlDateTime(t), PageText.iso(t))).orElse(null),
        m.language().map(l -> l.toLanguageTag()).orElse(null),
        !m.authors().isEmpty(), m.authors(),
        !m.tags().isEmpty(), m.tags(),
        !m.sources().isEmpty(),
        m.sources().stream().map(s -> new LinkView(PageText.link(s), s.title())).toList()));
  }

  /**
   * An impact as the template reads it.
   *
   * @param orderWord such as {@code First-order}
   * @param first the first paragraph, on the order word's line
   * @param rest the later paragraphs
   */
  public record ImpactView(String orderWord, String first, List<String> rest) {}

  /**
   * A figure as the template reads it.
   *
   * @param value the value as written
   * @param label what it measures
   * @param hasNote whether a source or an as-of follows
   * @param source the source, or {@code null}
   * @param both whether both follow, so a comma separates them
   * @param asOf the as-of, or {@code null}
   */
  public record FigureView(String value, String label, boolean hasNote, String source, boolean both, String asOf) {
    static FigureView of(Figure f) {
      String source = f.source().orElse(null);
      String asOf = f.asOf().orElse(null);
      return new FigureView(f.value(), f.label(), source != null || asOf != null, source,
          source != null && asOf != null, asOf);
    }
  }

  /**
   * A watch item as the template reads it.
   *
   * @param title the title
   * @param paragraphs the description's paragraphs
   */
  public record WatchItemView(String title, List<String> paragraphs) {}

  /**
   * The metadata as the template reads it; absent parts are {@code null} or empty.
   *
   * @param id the identifier
   * @param published the publication time
   * @param language the language tag
   * @param hasAuthors whether there are authors
   * @param authors the authors
   * @param hasTags whether there are tags
   * @param tags the tags
   * @param hasSources whether there are sources
   * @param sources the sources as links
   */
  public record DetailsView(String id, TimeView published, String language, boolean hasAuthors, List<String> authors,
      boolean hasTags, List<String> tags, boolean hasSources, List<LinkView> sources) {}

  /**
   * A publication time.
   *
   * @param htmlDateTime for the {@code datetime} attribute
   * @param iso as shown
   */
  public record TimeView(String htmlDateTime, String iso) {}

  /**
   * A source.
   *
   * @param link its address
   * @param title its title
   */
  public record LinkView(String link, String title) {}
}
