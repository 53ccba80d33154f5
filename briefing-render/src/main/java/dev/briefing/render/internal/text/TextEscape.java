package dev.briefing.render.internal.text;

import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.internal.repair.RepairTrigger;
import java.io.IOException;

/**
 * The text layout's escape: a backslash that the renderer puts before or after a piece of
 * user text, and the parser removes, so that plain text keeps what its reader would otherwise
 * take away or take for structure.
 *
 * <ul>
 *   <li>A line of text (the title, a paragraph) gets a backslash before it when it would read
 *       as a line of the layout: a section heading (any known language, with or without
 *       {@code #}s and colon), a bullet ({@code - }, {@code * }, {@code • }) or an impact prefix
 *       ({@code First-order:}, {@code 2nd order:}).</li>
 *   <li>Any piece of text whose reader strips the whitespace around it (a line, the text after
 *       a prefix, a detail's value) gets a backslash before it when it starts with whitespace
 *       or a backslash, and one after it when it ends with whitespace or a backslash.</li>
 *   <li>A character that the parser's repair would change or flag as damaged, though it is
 *       not, gets a backslash before it, as does such a character after a backslash; the
 *       parser removes one backslash before {@code â}, {@code Â}, {@code Ã} and {@code โ}
 *       before it reads the line.</li>
 * </ul>
 * A line break inside a paragraph is kept as a line of one backslash between the paragraph's
 * lines, each escaped as above; an empty line of a paragraph is two backslashes.
 * So the reader strips the whitespace around a piece, then removes one leading and one trailing
 * backslash. Text in normal form needs none of this; the seed has no backslash at all.
 */
public final class TextEscape {

  /** The escape character. */
  public static final char MARK = '\\';

  /** A line of one backslash: a line break inside a paragraph, between the lines around it. */
  public static final String LINE_BREAK = "\\";

  /** An empty piece of text: a backslash for each end, so the line is not blank. */
  public static final String EMPTY = "\\\\";

  /** An impact prefix ends with a colon within this many characters, or it is none. */
  static final int MAX_PREFIX = 40;

  /** Longer lines are never headings (the vocabulary does not look them up). */
  private static final int MAX_HEADING = 80;

  /** Dropped by the parser at the start of the input, so a first line must not start with it. */
  private static final char BOM = '\uFEFF';

  private TextEscape() {}

  /**
   * @param text the text
   * @param from the piece's start
   * @param to the piece's end (exclusive); more than {@code from}
   * @return whether the piece needs a backslash before it to keep its first character
   */
  public static boolean needsLeadingMark(String text, int from, int to) {
    char c = text.charAt(from);
    return c == MARK || c == BOM || Character.isWhitespace(c);
  }

  /**
   * @param text the text
   * @param from the piece's start
   * @param to the piece's end (exclusive); more than {@code from}
   * @return whether the piece needs a backslash after it to keep its last character
   */
  public static boolean needsTrailingMark(String text, int from, int to) {
    char c = text.charAt(to - 1);
    return c == MARK || Character.isWhitespace(c);
  }

  /**
   * @param text the text
   * @param from the line's start
   * @param to the line's end (exclusive); more than {@code from}
   * @param words the words a parser recognises
   * @return whether the line, written as it is, would read as a heading (the alternative views'
   *     too), a bullet, an impact or a labelled line of the model 1.1 parts ("Likelihood: ..."),
   *     or, as the document's first line, as the start of another format
   */
  public static boolean readsAsStructure(String text, int from, int to, Vocabulary words) {
    char first = text.charAt(from);
    // What core's content sniffer takes for HTML, JSON or NDJSON, or a Markdown heading, when
    // it starts the document, as a title does; a paragraph gets the same, so the rule is one.
    if (first == '<' || first == '{' || first == '#') {
      return true;
    }
    if ((first == '-' || first == '*' || first == '\u2022')
        && from + 1 < to && (text.charAt(from + 1) == ' ' || text.charAt(from + 1) == '\t')) {
      return true;
    }
    if (to - from <= MAX_HEADING
        && (words.section(text.substring(from, to)) != null || words.alternativeViews(text.substring(from, to)))) {
      return true;
    }
    int end = Math.min(to, from + MAX_PREFIX + 1);
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == ':') {
        String label = text.substring(from, i);
        return i > from && (words.impactOrder(label) != 0 || words.field(label) != null);
      }
    }
    return false;
  }

  /**
   * Writes a finished line, with a backslash before each character the parser's repair would
   * otherwise change or flag ({@code Â} in {@code Â¯}, {@code โ} outside Thai text) and before
   * each such character that already follows a backslash. The parser removes one backslash
   * before each of these characters, and leaves the character alone.
   *
   * @param out where to write
   * @param line the line as it would be written without this escape
   * @throws IOException when {@code out} fails
   */
  public static void appendHidingFromRepair(Appendable out, CharSequence line) throws IOException {
    int first = 0;
    while (first < line.length() && !RepairTrigger.mayStart(line.charAt(first))) {
      first++;
    }
    if (first == line.length()) {
      out.append(line);
      return;
    }
    String text = line.toString();
    int run = 0;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (RepairTrigger.mayStart(c) && (i > 0 && text.charAt(i - 1) == MARK || RepairTrigger.at(text, i))) {
        out.append(text, run, i).append(MARK);
        run = i;
      }
    }
    out.append(text, run, text.length());
  }

  /**
   * @param text the text
   * @param from the span's start
   * @param to the span's end (exclusive)
   * @return whether the span is written as it is: nothing in it needs cleaning (control
   *     characters, line breaks, tabs, lone surrogates) and the repair looks at none of it
   */
  public static boolean isOrdinary(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c >= 0x7F) && (c <= 0x9F || Character.isSurrogate(c) || RepairTrigger.mayStart(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Does what {@link #appendHidingFromRepair(Appendable, CharSequence)} does, in place, for the
   * line that ends a builder.
   *
   * @param text the text written so far, ending with the line
   * @param lineStart where the line starts in it
   */
  public static void hideFromRepair(StringBuilder text, int lineStart) {
    int first = lineStart;
    int end = text.length();
    while (first < end && !RepairTrigger.mayStart(text.charAt(first))) {
      first++;
    }
    if (first == end) {
      return;
    }
    String line = text.substring(lineStart);
    text.setLength(lineStart);
    try {
      appendHidingFromRepair(text, line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("StringBuilder does not throw", e);
    }
  }

  /**
   * @param written a piece of text as it stands in a line
   * @return the text: surrounding whitespace stripped, then one backslash removed from each end
   */
  public static String unescape(String written) {
    String text = written.strip();
    int start = !text.isEmpty() && text.charAt(0) == MARK ? 1 : 0;
    int end = text.length() > start && text.charAt(text.length() - 1) == MARK ? text.length() - 1 : text.length();
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }
}
