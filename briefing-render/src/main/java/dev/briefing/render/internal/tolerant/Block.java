package dev.briefing.render.internal.tolerant;

import java.util.List;

/**
 * One block of a document in the form every tolerant input is reduced to: a heading-like line,
 * a paragraph, a list item, a table or a rule, or something dropped as a whole (front matter,
 * code, raw HTML).
 *
 * @param kind what the block is
 * @param level a heading's level (1 to 6; bold or capitals lines count as 3), a list item's
 *     nesting depth from 0; 0 otherwise
 * @param continuation whether a paragraph or list continues the list item before it (a further
 *     paragraph of that item, or a nested item)
 * @param lines the block's lines; a table's first line is its first row
 * @param rows a table's cells, header row first; empty for other kinds
 * @param reason why an {@link Kind#OTHER} block is dropped
 */
public record Block(Kind kind, int level, boolean continuation, List<Line> lines, List<List<String>> rows,
    String reason) {

  /** What a block is. */
  public enum Kind {
    /** A heading, or a line that reads as one. */
    HEADING,
    /** Lines of running text. */
    PARAGRAPH,
    /** A list item's first paragraph. */
    ITEM,
    /** A table with a header row. */
    TABLE,
    /** A horizontal rule. */
    RULE,
    /** Something that is never part of a briefing. */
    OTHER
  }

  /**
   * @param kind heading, paragraph or item
   * @param level the heading level or item depth
   * @param continuation whether it continues the list item before it
   * @param lines its lines
   * @return the block
   */
  public static Block of(Kind kind, int level, boolean continuation, List<Line> lines) {
    return new Block(kind, level, continuation, List.copyOf(lines), List.of(), null);
  }

  /**
   * @param first the table's first line
   * @param rows its cells, header first
   * @return the table
   */
  public static Block table(Line first, List<List<String>> rows) {
    return new Block(Kind.TABLE, 0, false, List.of(first), List.copyOf(rows), null);
  }

  /**
   * @param kind {@link Kind#RULE} or {@link Kind#OTHER}
   * @param lines the lines dropped
   * @param reason what they are
   * @return the block
   */
  public static Block dropped(Kind kind, List<Line> lines, String reason) {
    return new Block(kind, 0, false, List.copyOf(lines), List.of(), reason);
  }

  /** @return the first line */
  public Line first() {
    return lines.get(0);
  }

  /** @return the lines' texts joined with a space, marks kept */
  public String joined() {
    return Line.join(lines);
  }

}
