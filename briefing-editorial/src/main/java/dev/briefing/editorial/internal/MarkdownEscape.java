package dev.briefing.editorial.internal;

/**
 * Text as a CommonMark paragraph reads it back: every ASCII punctuation character, which
 * CommonMark lets any backslash escape, is escaped, so no text of a briefing becomes markup
 * (emphasis, links, HTML, list markers). Lines are kept to one with {@link ReportText}.
 */
final class MarkdownEscape {

  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private MarkdownEscape() {}

  static String inline(String text) {
    String line = ReportText.line(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (PUNCTUATION.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
