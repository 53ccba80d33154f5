package dev.briefing.render.internal.tolerant;

import dev.briefing.kit.LabelSet;
import dev.briefing.kit.Section;
import dev.briefing.render.internal.parse.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises section headings through label sets, with the decoration people put around a
 * label stripped first: marks, Markdown {@code #}s, emoji and other symbols, numbering such as
 * {@code 3.} or {@code 2)}, and trailing punctuation such as a colon. The first set that lists
 * a word wins, so the library's own labels come before the synonyms.
 */
public final class Headings {

  /** No label is longer; longer text is not looked up. */
  static final int MAX_LABEL = 80;

  private final Map<String, Match> labels = new HashMap<>();

  /**
   * @param section the section a heading names
   * @param labelSet the name of the set that names it so
   */
  public record Match(Section section, String labelSet) {}

  /**
   * A label at the start of a paragraph, and where the paragraph's own text starts after it.
   *
   * @param match the section
   * @param rest the index in the line where the content starts
   */
  public record Lead(Match match, int rest) {}

  /** @param sets the label sets, in order of precedence */
  public Headings(List<LabelSet> sets) {
    for (LabelSet set : sets) {
      for (Section section : Section.values()) {
        for (String word : set.labels(section)) {
          labels.putIfAbsent(key(word), new Match(section, set.name()));
        }
      }
    }
  }

  /**
   * @param text a heading-like line, with marks
   * @return the section it names, or null
   */
  public Match match(String text) {
    if (text.length() > 4 * MAX_LABEL) {
      return null;
    }
    String key = key(text);
    return key.length() > MAX_LABEL ? null : labels.get(key);
  }

  /**
   * A label that starts a paragraph: a strong or emphasis run that is a label ({@code **Why it
   * matters:** text}, {@code _The Numbers_}), or a label before a colon or a dash ({@code BLUF:
   * text}).
   *
   * @param text the paragraph's first line, with marks
   * @return the label and where the rest starts, or null
   */
  public Lead lead(String text) {
    int start = Inline.contentStart(text);
    int open = start - 1;
    while (open >= 0 && Inline.isSpace(text.charAt(open))) {
      open--;
    }
    if (open >= 0 && (text.charAt(open) == Inline.STRONG || text.charAt(open) == Inline.EM)) {
      int close = Inline.runEnd(text, open);
      if (close > 0 && close - open <= MAX_LABEL) {
        Match m = match(text.substring(open + 1, close));
        if (m != null) {
          return new Lead(m, afterSeparator(text, close + 1));
        }
      }
      return null;
    }
    int limit = Math.min(text.length(), start + MAX_LABEL);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      boolean dash = (c == '\u2014' || c == '\u2013') && i > 0 && text.charAt(i - 1) == ' ';
      if (c == ':' || dash) {
        Match m = match(text.substring(0, i));
        return m == null ? null : new Lead(m, afterSeparator(text, i + 1));
      }
    }
    return null;
  }

  /** Skips marks, white space and one separator (a colon, a dash, a full stop) after a label. */
  static int afterSeparator(String text, int from) {
    int i = from;
    boolean separator = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Inline.isMark(c) || Inline.isSpace(c)) {
        i++;
      } else if (!separator && (c == ':' || c == '\u2014' || c == '\u2013' || c == '-' || c == '.')) {
        separator = true;
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * @param text a label as written, decorated or not
   * @return the form it is looked up by: decoration stripped, lower case, single spaces, a
   *     straight apostrophe
   */
  static String key(String text) {
    int start = 0;
    int end = text.length();
    while (true) {
      while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      int digits = start;
      while (digits < end && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
        digits++;
      }
      if (digits > start && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
          && digits - start <= 2) {
        start = digits + 1;
        continue;
      }
      break;
    }
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    StringBuilder bare = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (!Inline.isMark(text.charAt(i))) {
        bare.append(text.charAt(i));
      }
    }
    return Vocabulary.key(bare.toString());
  }
}
