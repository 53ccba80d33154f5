package dev.briefing.render.internal.tolerant;

/**
 * The inline marks a block's text carries, the same for every input: a strong run, an
 * emphasis run and a code run are each enclosed in a pair of private-use characters, and a
 * link's address follows its text between two more. The reader needs them to tell a bold
 * value or title from the text after it; the model's text is plain, so {@link #plain} removes
 * them.
 */
public final class Inline {

  /** Opens and closes a strong (bold) run. */
  public static final char STRONG = '\uE000';
  /** Opens and closes an emphasis (italic) run. */
  public static final char EM = '\uE001';
  /** Opens and closes a code run. */
  public static final char CODE = '\uE002';
  /** Starts a link's address, after its text. */
  public static final char HREF = '\uE003';
  /** Ends a link's address. */
  public static final char HREF_END = '\uE004';

  private Inline() {}

  /**
   * @param c a character
   * @return whether it opens or closes a run
   */
  public static boolean isMark(char c) {
    return c == STRONG || c == EM || c == CODE;
  }

  /**
   * The model's text for marked text: marks and link addresses removed, runs of spaces, tabs and
   * no-break spaces made one space, the ends trimmed.
   *
   * @param marked text with marks
   * @return plain text
   */
  public static String plain(String marked) {
    StringBuilder out = new StringBuilder(marked.length());
    boolean space = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (isMark(c)) {
        continue;
      }
      if (c == HREF) {
        int end = marked.indexOf(HREF_END, i);
        i = end < 0 ? marked.length() : end;
        continue;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * @param c a character
   * @return whether it is white space, a no-break space included
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The end of a run that opens at {@code start}.
   *
   * @param text marked text
   * @param start where a mark opens a run
   * @return the index of the closing mark, or -1
   */
  public static int runEnd(String text, int start) {
    return text.indexOf(text.charAt(start), start + 1);
  }

  /**
   * @param text marked text
   * @return the index of the first character that is neither a mark nor white space
   */
  public static int contentStart(String text) {
    return skipMarksAndSpace(text, 0);
  }

  /**
   * @param text marked text
   * @param from where to start
   * @return the index of the first character from there that is neither a mark nor white space
   */
  public static int skipMarksAndSpace(String text, int from) {
    int i = from;
    while (i < text.length() && (isMark(text.charAt(i)) || isSpace(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /**
   * The marks of hand-written text: {@code **strong**} and {@code __strong__}, {@code *em*} and
   * {@code _em_} around words, {@code `code`}. A delimiter without its partner on the line stays
   * text. Linear: each delimiter looks ahead only to the next one of its kind.
   *
   * @param line a line of plain text
   * @return the line with marks
   */
  public static String fromText(String line) {
    if (line.indexOf('*') < 0 && line.indexOf('_') < 0 && line.indexOf('`') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == '`') {
        int end = line.indexOf('`', i + 1);
        if (end > i + 1) {
          out.append(CODE).append(line, i + 1, end).append(CODE);
          i = end + 1;
          continue;
        }
      } else if ((c == '*' || c == '_') && i + 1 < n && line.charAt(i + 1) == c) {
        String delimiter = c == '*' ? "**" : "__";
        int end = line.indexOf(delimiter, i + 2);
        if (end > i + 2 && !isSpace(line.charAt(i + 2)) && !isSpace(line.charAt(end - 1))) {
          out.append(STRONG).append(fromText(line.substring(i + 2, end))).append(STRONG);
          i = end + 2;
          continue;
        }
      } else if ((c == '*' || c == '_') && opens(line, i)) {
        int end = line.indexOf(c, i + 1);
        if (end > i + 1 && closes(line, end)) {
          out.append(EM).append(line, i + 1, end).append(EM);
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean opens(String line, int i) {
    return i + 1 < line.length() && !isSpace(line.charAt(i + 1)) && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)));
  }

  private static boolean closes(String line, int i) {
    return !isSpace(line.charAt(i - 1)) && (i + 1 == line.length() || !Character.isLetterOrDigit(line.charAt(i + 1)));
  }
}
