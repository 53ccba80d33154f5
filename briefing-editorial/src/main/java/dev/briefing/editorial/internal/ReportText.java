package dev.briefing.editorial.internal;

/**
 * Text from a briefing made safe for one line of a report: a line break becomes the two
 * characters {@code \n} (so a paragraph cannot pose as the next entry), and every other control
 * character {@code \}{@code uXXXX}, so none reaches a terminal.
 */
final class ReportText {

  private ReportText() {}

  static String line(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = c == '\n' ? "\\n" : Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : null;
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
