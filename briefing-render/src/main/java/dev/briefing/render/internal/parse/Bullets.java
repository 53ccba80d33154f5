package dev.briefing.render.internal.parse;

/** List bullets in plain text: {@code -}, {@code *} or {@code •}, then at least one space. */
public final class Bullets {

  private Bullets() {}

  /**
   * @param line a line without leading whitespace
   * @return the offset where the text after the bullet starts, or -1 when the line has no bullet
   */
  public static int contentStart(String line) {
    if (line.length() < 2) {
      return -1;
    }
    char bullet = line.charAt(0);
    if (bullet != '-' && bullet != '*' && bullet != '\u2022') {
      return -1;
    }
    int i = 1;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i > 1 && i < line.length() ? i : -1;
  }
}
