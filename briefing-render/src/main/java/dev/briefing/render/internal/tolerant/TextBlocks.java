package dev.briefing.render.internal.tolerant;

import dev.briefing.render.internal.tolerant.Block.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written plain text as blocks: a blank line ends a paragraph; a line of three or more
 * {@code -}, {@code *}, {@code _}, {@code =} or dashes is a rule; a heading-like line (a label,
 * a {@code #} heading, a line that is all bold, a short line in capitals) is a heading; a line
 * starting with a bullet or a number and {@code .} or {@code )} is a list item, continued by the
 * lines after it up to a blank line; {@code |} rows with a {@code |---|} line are a table. Each
 * line is looked at once.
 */
public final class TextBlocks {

  /** Lines in capitals longer than this are text, not headings. */
  private static final int MAX_HEADING = 80;

  private final Headings headings;

  /** @param headings the labels that make a line a heading on their own */
  public TextBlocks(Headings headings) {
    this.headings = headings;
  }

  /**
   * @param lines the repaired lines
   * @return the blocks, in order
   */
  public List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    List<Line> open = new ArrayList<>();
    Kind openKind = null;
    int openLevel = 0;
    boolean openContinues = false;
    int lastItemIndent = -1;
    int i = 0;
    int frontEnd = FrontMatter.end(lines);
    if (frontEnd >= 0) {
      List<Line> front = new ArrayList<>();
      for (int j = FrontMatter.start(lines); j <= frontEnd; j++) {
        front.add(new Line(lines.get(j), j, 1));
      }
      blocks.add(Block.dropped(Kind.OTHER, front, "front matter"));
      i = frontEnd + 1;
    }
    for (; i <= lines.size(); i++) {
      String raw = i < lines.size() ? lines.get(i) : "";
      String line = raw.strip();
      boolean flush = line.isEmpty();
      Block single = null;
      int indent = indent(raw);
      int column = raw.indexOf(line.isEmpty() ? ' ' : line.charAt(0)) + 1;
      int marker = line.isEmpty() ? -1 : listMarker(line);
      String marked = Inline.fromText(line);
      if (!line.isEmpty()) {
        if (isRule(line)) {
          single = Block.dropped(Kind.RULE, List.of(new Line(line, i, column)), "rule");
        } else if (headingLike(line, marked, marker, openKind != null && indent > 0)) {
          single = Block.of(Kind.HEADING, headingLevel(line), false, List.of(new Line(marked, i, column)));
        } else if (line.startsWith("|") && i + 1 < lines.size() && isDelimiterRow(lines.get(i + 1).strip())) {
          List<List<String>> rows = new ArrayList<>();
          rows.add(cells(line));
          int j = i + 2;
          while (j < lines.size() && lines.get(j).strip().startsWith("|")) {
            rows.add(cells(lines.get(j).strip()));
            j++;
          }
          single = Block.table(new Line(marked, i, column), rows);
          flushInto(blocks, open, openKind, openLevel, openContinues);
          openKind = null;
          blocks.add(single);
          i = j - 1;
          continue;
        }
      }
      if (flush || single != null || marker > 0) {
        flushInto(blocks, open, openKind, openLevel, openContinues);
        openKind = null;
      }
      if (single != null) {
        blocks.add(single);
        lastItemIndent = -1;
        continue;
      }
      if (flush) {
        continue;
      }
      if (marker > 0) {
        String rest = line.substring(marker).strip();
        boolean nested = lastItemIndent >= 0 && indent > lastItemIndent;
        openKind = Kind.ITEM;
        openLevel = nested ? 1 : 0;
        openContinues = nested;
        lastItemIndent = nested ? lastItemIndent : indent;
        open.add(new Line(Inline.fromText(rest), i, column + (line.length() - rest.length())));
        continue;
      }
      if (openKind == null) {
        boolean underItem = lastItemIndent >= 0 && indent > lastItemIndent;
        openKind = Kind.PARAGRAPH;
        openLevel = 0;
        openContinues = underItem;
        if (!underItem) {
          lastItemIndent = -1;
        }
      }
      open.add(new Line(marked, i, column));
    }
    return blocks;
  }

  private static void flushInto(List<Block> blocks, List<Line> open, Kind kind, int level, boolean continues) {
    if (kind != null && !open.isEmpty()) {
      blocks.add(Block.of(kind, level, continues, open));
    }
    open.clear();
  }

  private boolean headingLike(String line, String marked, int marker, boolean continuing) {
    if (line.length() > 4 * MAX_HEADING) {
      return false;
    }
    if (headings.match(marked) != null) {
      return true;
    }
    if (marker > 0) {
      return false;
    }
    if (line.startsWith("#")) {
      int level = headingLevel(line);
      return level < line.length() && line.charAt(level) == ' ';
    }
    int start = Inline.contentStart(marked);
    if (start > 0 && marked.charAt(start - 1) == Inline.STRONG) {
      int end = Inline.runEnd(marked, start - 1);
      if (end > 0 && marked.substring(end + 1).strip().replace(":", "").isEmpty()
          && marked.substring(0, start - 1).isBlank()) {
        return true;
      }
    }
    // An indented line under an open block continues it ("  FY2025)."), and a heading does not end as a sentence does.
    char last = line.charAt(line.length() - 1);
    return !continuing && last != '.' && last != ',' && last != ';' && last != ')' && line.length() <= MAX_HEADING
        && capitals(line);
  }

  /** Whether the line has letters, at least two, and none of them lower case. */
  static boolean capitals(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  private static int headingLevel(String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    return level == 0 ? 3 : level;
  }

  private static int indent(String raw) {
    int width = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width += 4;
      } else {
        break;
      }
    }
    return width;
  }

  /** @return the length of a list marker and its space at the line's start, or 0 */
  static int listMarker(String line) {
    char c = line.charAt(0);
    if ((c == '-' || c == '*' || c == '+' || c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u2013')
        && line.length() > 1 && Inline.isSpace(line.charAt(1))) {
      return 2;
    }
    int digits = 0;
    while (digits < line.length() && digits < 3 && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits + 1 < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
        && Inline.isSpace(line.charAt(digits + 1))) {
      return digits + 2;
    }
    return 0;
  }

  static boolean isRule(String line) {
    char kind = 0;
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (!(c == '-' || c == '*' || c == '_' || c == '=' || c == '~' || c == '\u2014' || c == '\u2500') || (kind != 0 && c != kind)) {
        return false;
      }
      kind = c;
      count++;
    }
    return count >= 3;
  }

  private static boolean isDelimiterRow(String line) {
    if (!line.startsWith("|") || line.indexOf('-') < 0) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '|' && c != '-' && c != ':' && c != ' ') {
        return false;
      }
    }
    return true;
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1);
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(Inline.fromText(cell.strip()));
    }
    return cells;
  }
}
