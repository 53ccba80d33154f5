package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import java.util.List;

/**
 * What the Mustache page reads: logic-less templates need the optional title, the paragraphs
 * and the order words computed in code, and booleans to guard the sections.
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

  /** @return the document title */
  public String pageTitle() {
    return briefing.title().orElse("Briefing");
  }

  /** @return the headline, or {@code null} to skip the section */
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
    return briefing.impacts().stream()
        .map(i -> new ImpactView(PageText.orderWord(i.order()), PageText.paragraphs(i.text())))
        .toList();
  }

  /** @return whether The Numbers is shown */
  public boolean hasFigures() {
    return !briefing.figures().isEmpty();
  }

  /** @return the figures */
  public List<FigureView> figures() {
    return briefing.figures().stream().map(f -> new FigureView(f.value(), f.label(), PageText.note(f))).toList();
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

  /**
   * An impact as the template reads it.
   *
   * @param orderWord such as {@code First-order}
   * @param paragraphs the text's paragraphs
   */
  public record ImpactView(String orderWord, List<String> paragraphs) {}

  /**
   * A figure as the template reads it.
   *
   * @param value the value as written
   * @param label what it measures
   * @param note source and as-of
   */
  public record FigureView(String value, String label, String note) {}

  /**
   * A watch item as the template reads it.
   *
   * @param title the title
   * @param paragraphs the description's paragraphs
   */
  public record WatchItemView(String title, List<String> paragraphs) {}
}
