package dev.briefing.render.internal.tolerant;

import dev.briefing.render.internal.parse.Vocabulary;
import java.util.Locale;

/**
 * An impact's order word at the start of its text: {@code First-order:}, {@code **1st-order**
 * —}, {@code _Second order_.}, {@code Second-order effects:}, in any built-in language.
 *
 * @param order the order, from 1
 * @param rest where the impact's text starts
 * @param separator the separator's name
 */
public record OrderWord(int order, int rest, String separator) {

  /** An order word with its decoration is never longer. */
  private static final int MAX_LEAD = 60;
  private static final String[] TRAILERS = {" effects", " effect", " impacts", " impact"};

  /**
   * @param text an impact's marked text
   * @param words the vocabulary of order words
   * @return the order word, or null when the text starts with none
   */
  public static OrderWord read(String text, Vocabulary words) {
    int from = 0;
    for (int tries = 0; tries < 3; tries++) {
      Separator s = Separator.find(text, from, MAX_LEAD, true);
      if (s == null) {
        return null;
      }
      String lead = Inline.plain(text.substring(0, s.start()));
      String lower = lead.toLowerCase(Locale.ROOT);
      for (String trailer : TRAILERS) {
        if (lower.endsWith(trailer)) {
          lead = lead.substring(0, lead.length() - trailer.length());
          break;
        }
      }
      int order = lead.isEmpty() ? 0 : words.impactOrder(lead);
      if (order > 0) {
        return new OrderWord(order, Inline.skipMarksAndSpace(text, s.end()), s.name());
      }
      from = s.end();
    }
    return null;
  }
}
