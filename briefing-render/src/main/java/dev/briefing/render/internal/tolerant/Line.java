package dev.briefing.render.internal.tolerant;

/**
 * One line of a block as the reader sees it: its text with inline marks ({@link Inline}), and
 * where it starts in the input.
 *
 * @param text the text, with {@link Inline} marks for strong, emphasis, code and links
 * @param line the 0-based line in the (repaired) input
 * @param column the 1-based column where the text starts
 */
public record Line(String text, int line, int column) {

  /**
   * @param lines lines of one block
   * @return their texts joined with a space, marks kept
   */
  public static String join(java.util.List<Line> lines) {
    if (lines.size() == 1) {
      return lines.get(0).text();
    }
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(line.text());
    }
    return out.toString();
  }
}
