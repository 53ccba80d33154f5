package dev.briefing.render.internal.tolerant;

import java.util.List;

/**
 * Front matter at the top of a document: a line of {@code ---} first, then lines up to a
 * closing {@code ---} or {@code ...} within the first lines. The library's layouts write none,
 * so a tolerant reader drops it whole, with a warning for each line.
 */
public final class FrontMatter {

  /** How far down the closing line is looked for; front matter is short. */
  private static final int MAX_LINES = 100;

  private FrontMatter() {}

  /**
   * @param lines the document's lines
   * @return the index of the closing line, or -1 when the document has no front matter
   */
  public static int end(List<String> lines) {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first >= lines.size() || !lines.get(first).strip().equals("---")) {
      return -1;
    }
    int limit = Math.min(lines.size(), first + MAX_LINES);
    for (int i = first + 1; i < limit; i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i > first + 1 ? i : -1;
      }
      if (!line.isEmpty() && line.indexOf(':') < 0 && !line.startsWith("-") && !line.startsWith("#")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * @param lines the document's lines
   * @return the index of the first line of the front matter, when {@link #end} found one
   */
  public static int start(List<String> lines) {
    int first = 0;
    while (lines.get(first).isBlank()) {
      first++;
    }
    return first;
  }
}
