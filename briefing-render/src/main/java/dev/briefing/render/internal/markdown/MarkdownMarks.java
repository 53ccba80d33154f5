package dev.briefing.render.internal.markdown;

/**
 * The marks the Markdown renderer writes around the briefing's escaped text, stated once for
 * the renderer and for the reader of its own layout ({@link OwnMarkdownReader}).
 *
 * <pre>
 * # Title                               heading(level)
 * - **First-order:** text               BULLET STRONG label LABEL_END text
 *   - **Likelihood:** likely            NESTED, then a labelled item
 * **Room for disagreement**             STRONG label STRONG
 * - **$72.3B**: label (*source*, as of *2026*)
 *                                       BULLET STRONG value TERM_END label NOTE_OPEN EMPHASIS ... NOTE_CLOSE
 * - **Source:** [title](https://x.example/)
 * </pre>
 */
public final class MarkdownMarks {

  /** Before every list item. */
  public static final String BULLET = "- ";
  /** Before an item nested in an impact's, a view's or a watch item's item, and before its further paragraphs. */
  public static final String NESTED = "  ";
  /** Around a label, a figure's value or a watch item's title. */
  public static final String STRONG = "**";
  /** Around a figure's source and date. */
  public static final char EMPHASIS = '*';
  /** After a label that ends with its colon inside the strong text: {@code - **ID:** value}. */
  public static final String LABEL_END = ":** ";
  /** After a figure's value or a watch item's title, the colon outside: {@code - **$72.3B**: label}. */
  public static final String TERM_END = "**: ";
  /** Between a figure's label and its source or date. */
  public static final String NOTE_OPEN = " (";
  /** Between a figure's source and its date. */
  public static final String NOTE_SEPARATOR = ", ";
  /** After a figure's source or date. */
  public static final char NOTE_CLOSE = ')';
  /** Opens a link's text. */
  public static final char LINK_OPEN = '[';
  /** Between a link's text and its destination. */
  public static final String LINK_MIDDLE = "](";
  /** Closes a link's destination. */
  public static final char LINK_CLOSE = ')';

  private MarkdownMarks() {}

  /**
   * @param level the heading's level, 1 to 6
   * @return what opens a heading of that level: {@code "## "}
   */
  public static String heading(int level) {
    return "#".repeat(level) + " ";
  }

  /**
   * @param escapedLabel a label as the renderer writes it, escaped
   * @return what opens a labelled list item: {@code "- **First-order:** "}
   */
  public static String labelledItem(String escapedLabel) {
    return BULLET + STRONG + escapedLabel + LABEL_END;
  }

  /**
   * @param escapedAsOf the "as of" word, escaped
   * @return what opens a figure's date in its note: {@code "as of *"}
   */
  public static String asOf(String escapedAsOf) {
    return escapedAsOf + " " + EMPHASIS;
  }
}
