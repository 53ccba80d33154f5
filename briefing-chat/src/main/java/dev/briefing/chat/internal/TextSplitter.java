package dev.briefing.chat.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Cuts plain text into chunks whose escaped form fits a budget, preferring paragraph, then
 * line, then sentence, then word boundaries, and cutting between grapheme clusters only for a
 * word longer than a whole chunk. Escaping happens after the cut, chunk by chunk, so a cut can
 * never fall inside an escape. The chunks joined give back the text exactly.
 *
 * <p>The cost function must not charge a piece less than its share of a longer text
 * ({@code cost(a + b) <= cost(a) + cost(b)}), which holds for escapers that map each character
 * alone or charge a line's first character most.
 */
public final class TextSplitter {

  private enum Level { PARAGRAPH, LINE, SENTENCE, WORD, GRAPHEME }

  private final ToIntFunction<String> cost;
  private final Locale locale;

  /**
   * @param cost the length of a piece once escaped, written as if it started a line
   * @param locale the language, for sentence boundaries
   */
  public TextSplitter(ToIntFunction<String> cost, Locale locale) {
    this.cost = cost;
    this.locale = locale;
  }

  /**
   * @param text the text
   * @param firstBudget what the first chunk may cost (less than {@code budget} when it shares
   *     its block with a label)
   * @param budget what every later chunk may cost
   * @return the chunks, at least one; joined they are {@code text}
   */
  public List<String> split(String text, int firstBudget, int budget) {
    Packer packer = new Packer(firstBudget, budget);
    packer.add(text, Level.PARAGRAPH);
    return packer.finish();
  }

  private final class Packer {
    private final List<String> chunks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final int budget;
    private int limit;
    private int currentCost;

    Packer(int firstBudget, int budget) {
      this.limit = firstBudget;
      this.budget = budget;
    }

    void add(String piece, Level level) {
      int pieceCost = cost.applyAsInt(piece);
      if (currentCost + pieceCost <= limit) {
        current.append(piece);
        currentCost += pieceCost;
        return;
      }
      if (current.length() > 0 && pieceCost <= budget) {
        flush();
        add(piece, level);
        return;
      }
      if (level == Level.GRAPHEME) {
        if (pieceCost > budget) {
          throw new IllegalArgumentException("One character escapes to " + pieceCost
              + " characters, more than the budget of " + budget);
        }
        // Only the first chunk, short beside its label, can be too small for one character.
        flush();
        add(piece, level);
        return;
      }
      Level finer = Level.values()[level.ordinal() + 1];
      for (String part : pieces(piece, finer)) {
        add(part, finer);
      }
    }

    void flush() {
      chunks.add(current.toString());
      current.setLength(0);
      currentCost = 0;
      limit = budget;
    }

    List<String> finish() {
      if (current.length() > 0 || chunks.isEmpty()) {
        chunks.add(current.toString());
      }
      return List.copyOf(chunks);
    }
  }

  private List<String> pieces(String text, Level level) {
    switch (level) {
      case PARAGRAPH:
        return after(text, "\n\n");
      case LINE:
        return after(text, "\n");
      case SENTENCE:
        return broken(text, BreakIterator.getSentenceInstance(locale));
      case WORD:
        return words(text);
      default:
        return broken(text, BreakIterator.getCharacterInstance(locale));
    }
  }

  /** Pieces that end just after each separator, so no piece starts with one. */
  private static List<String> after(String text, String separator) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
      int end = at + separator.length();
      while (end < text.length() && text.charAt(end) == separator.charAt(0)) {
        end++;
      }
      pieces.add(text.substring(start, end));
      start = end;
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }

  /** Each word with the white space after it. */
  private static List<String> words(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      pieces.add(text.substring(start, i));
      start = i;
    }
    return pieces;
  }

  private static List<String> broken(String text, BreakIterator boundaries) {
    List<String> pieces = new ArrayList<>();
    boundaries.setText(text);
    int start = boundaries.first();
    for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
      pieces.add(text.substring(start, end));
    }
    return pieces;
  }
}
