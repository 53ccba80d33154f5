package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Source;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The few strings a template-based page shows that are not in the model verbatim: paragraphs,
 * impact order words, the note after a figure, the page's language, times and links. A user of
 * a template engine writes these helpers once; the templates call them.
 *
 * <pre>{@code
 * List<String> paragraphs = PageText.paragraphs("One.\n\nTwo.");   // ["One.", "Two."]
 * String word = PageText.orderWord(2);                          // "Second-order"
 * }</pre>
 */
public final class PageText {
  private static final String[] ORDER_WORDS = {
    "First-order", "Second-order", "Third-order", "Fourth-order", "Fifth-order",
    "Sixth-order", "Seventh-order", "Eighth-order", "Ninth-order", "Tenth-order"
  };

  private static final DateTimeFormatter HTML_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");
  private static final DateTimeFormatter HTML_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  private PageText() {}

  /**
   * @param briefing a briefing
   * @return its language tag, English when it has none
   */
  public static String documentLanguage(Briefing briefing) {
    return briefing.metadata().language().map(l -> l.toLanguageTag()).orElse("en");
  }

  /**
   * The page's words (headings, order words, "as of", the details' terms) are English; where
   * the briefing is in another language, each element that holds one says so with its own
   * {@code lang}, as our html format writes it.
   *
   * @param briefing a briefing
   * @return {@code "en"} when the briefing's language is not English, else {@code null} (no attribute)
   */
  public static String labelLanguage(Briefing briefing) {
    return briefing.metadata().language().filter(l -> !l.getLanguage().equals("en")).map(l -> "en").orElse(null);
  }

  /**
   * @param time a publication time
   * @return the instant in UTC as HTML's {@code datetime} attribute wants it, milliseconds at most
   */
  public static String htmlDateTime(OffsetDateTime time) {
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    return (utc.getNano() == 0 ? HTML_SECONDS : HTML_MILLIS).format(utc);
  }

  /**
   * @param time a publication time
   * @return the time as written, with its offset
   */
  public static String iso(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /**
   * @param source a source
   * @return its address in ASCII, for a link
   */
  public static String link(Source source) {
    return source.url().toASCIIString();
  }

  /**
   * Splits model text at its blank lines, without a regular expression.
   *
   * @param text text in normal form
   * @return its paragraphs
   */
  public static List<String> paragraphs(String text) {
    int at = text.indexOf("\n\n");
    if (at < 0) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int from = 0;
    while (at >= 0) {
      out.add(text.substring(from, at));
      from = at + 2;
      at = text.indexOf("\n\n", from);
    }
    out.add(text.substring(from));
    return out;
  }

  /**
   * @param order 1 to 10
   * @return {@code First-order} to {@code Tenth-order}
   */
  public static String orderWord(int order) {
    return ORDER_WORDS[order - 1];
  }

  /**
   * @param figure a figure
   * @return its source and as-of joined by {@code ", "}, or the empty string
   */
  public static String note(Figure figure) {
    if (figure.source().isPresent()) {
      return figure.asOf().isPresent() ? figure.source().get() + ", " + figure.asOf().get() : figure.source().get();
    }
    return figure.asOf().orElse("");
  }
}
