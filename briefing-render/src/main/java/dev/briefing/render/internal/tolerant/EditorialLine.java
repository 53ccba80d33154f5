package dev.briefing.render.internal.tolerant;

import dev.briefing.core.Likelihood;
import dev.briefing.render.internal.parse.JudgmentField;
import dev.briefing.render.internal.parse.Vocabulary;
import java.util.Locale;

/**
 * A model 1.1 line as people write it: a field's label in any label language and case, a
 * colon, a dash or an en dash, and its value in any case ({@code "Likelihood - likely"},
 * {@code "likelihood: Likely"}, {@code "**Confidence:** High."}), or a likelihood alone in
 * parentheses ({@code "(probable)"}); the alternative terms of the scale are the model's own.
 *
 * @param field the field the label names
 * @param value the value, as the layouts write it (a likelihood, confidence or status in lower case)
 * @param separator how the label and value were written, for the note
 */
record EditorialLine(JudgmentField field, String value, String separator) {

  private static final int MAX_LABEL = 40;
  private static final String[] SEPARATORS = {":", " - ", " \u2013 ", " \u2014 "};

  /**
   * @param marked a line with inline marks
   * @param words the labels
   * @return the line's field and value, or null when it is no model 1.1 line
   */
  static EditorialLine read(String marked, Vocabulary words) {
    String text = Inline.plain(marked).strip();
    if (text.length() > 2 && text.charAt(0) == '(' && text.charAt(text.length() - 1) == ')') {
      String inner = text.substring(1, text.length() - 1).strip();
      return Likelihood.ofTerm(inner).isPresent()
          ? new EditorialLine(JudgmentField.LIKELIHOOD, inner.toLowerCase(Locale.ROOT), "parentheses") : null;
    }
    for (String separator : SEPARATORS) {
      int at = text.indexOf(separator);
      if (at <= 0 || at > MAX_LABEL) {
        continue;
      }
      JudgmentField field = words.field(text.substring(0, at));
      if (field == null) {
        continue;
      }
      String value = text.substring(at + separator.length()).strip();
      if (value.endsWith(".") && field != JudgmentField.INDICATOR && field != JudgmentField.THRESHOLD) {
        value = value.substring(0, value.length() - 1).strip();
      }
      if (field == JudgmentField.LIKELIHOOD || field == JudgmentField.CONFIDENCE || field == JudgmentField.STATUS) {
        value = value.toLowerCase(Locale.ROOT);
      } else if (field == JudgmentField.HORIZON) {
        value = value.toUpperCase(Locale.ROOT);
      }
      return new EditorialLine(field, value, "'" + separator.strip() + "'");
    }
    return null;
  }
}
