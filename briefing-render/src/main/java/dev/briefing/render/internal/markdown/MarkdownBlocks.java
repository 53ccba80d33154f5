package dev.briefing.render.internal.markdown;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.tolerant.Block;
import dev.briefing.render.internal.tolerant.Block.Kind;
import dev.briefing.render.internal.tolerant.FrontMatter;
import dev.briefing.render.internal.tolerant.Inline;
import dev.briefing.render.internal.tolerant.Line;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown as the tolerant reader's blocks, through commonmark-java's syntax tree with GFM
 * tables: headings, paragraphs (a paragraph of one bold line or one line in capitals is a
 * heading), list items with their depth and further paragraphs, tables, rules; code, raw HTML
 * and front matter are dropped whole. Block quotes are read as their content.
 */
public final class MarkdownBlocks {

  private static final Parser COMMONMARK = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .build();
  /** Block quotes nested deeper than this are dropped, so the walk's depth stays small. */
  private static final int MAX_QUOTE_DEPTH = 8;

  private MarkdownBlocks() {}

  /**
   * @param source the repaired input
   * @return its blocks, in order
   * @throws dev.briefing.core.BriefingFormatException when the input has more list items or
   *     deeper runs than the Markdown parser reads
   */
  public static List<Block> of(SourceText source) {
    InlineRunGuard.check(source.lines());
    ListItemGuard.check(source.joined());
    List<Block> blocks = new ArrayList<>();
    String text = source.joined();
    int frontEnd = FrontMatter.end(source.lines());
    if (frontEnd >= 0) {
      int frontStart = FrontMatter.start(source.lines());
      List<Line> front = new ArrayList<>();
      StringBuilder blanked = new StringBuilder(text.length());
      for (int i = 0; i < source.lines().size(); i++) {
        if (i > 0) {
          blanked.append('\n');
        }
        if (i >= frontStart && i <= frontEnd) {
          front.add(new Line(source.lines().get(i), i, 1));
        } else {
          blanked.append(source.lines().get(i));
        }
      }
      blocks.add(Block.dropped(Kind.OTHER, front, "front matter"));
      text = blanked.toString();
    }
    Node document;
    try {
      document = COMMONMARK.parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      throw new BriefingFormatException(Location.unknown(), "the Markdown could not be read: " + e, e);
    }
    walk(document, 0, 0, false, blocks);
    return blocks;
  }

  private static void walk(Node parent, int depth, int quotes, boolean inItem, List<Block> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      walkOne(n, depth, quotes, inItem, out);
    }
  }

  private static void walkOne(Node n, int depth, int quotes, boolean inItem, List<Block> out) {
    if (n instanceof Heading) {
      out.add(Block.of(Kind.HEADING, ((Heading) n).getLevel(), false, List.of(lines(n).get(0))));
    } else if (n instanceof Paragraph) {
      List<Line> lines = lines(n);
      boolean heading = !inItem && lines.size() == 1 && headingLike(lines.get(0).text());
      out.add(Block.of(heading ? Kind.HEADING : Kind.PARAGRAPH, 3, inItem, lines));
    } else if (n instanceof ListBlock) {
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        item(item, depth, quotes, out);
      }
    } else if (n instanceof TableBlock) {
      table((TableBlock) n, out);
    } else if (n instanceof ThematicBreak) {
      out.add(Block.dropped(Kind.RULE, List.of(start(n, "")), "rule"));
    } else if (n instanceof BlockQuote && quotes < MAX_QUOTE_DEPTH) {
      walk(n, depth, quotes + 1, inItem, out);
    } else {
      out.add(Block.dropped(Kind.OTHER, rawLines(n), n instanceof BlockQuote ? "deeply quoted text"
          : n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)));
    }
  }

  private static void item(Node item, int depth, int quotes, List<Block> out) {
    Node first = item.getFirstChild();
    if (first instanceof Paragraph) {
      out.add(Block.of(Kind.ITEM, depth, depth > 0, lines(first)));
      first = first.getNext();
    } else {
      out.add(Block.of(Kind.ITEM, depth, depth > 0, List.of(start(item, ""))));
    }
    for (Node n = first; n != null; n = n.getNext()) {
      if (n instanceof ListBlock) {
        for (Node nested = n.getFirstChild(); nested != null; nested = nested.getNext()) {
          item(nested, depth + 1, quotes, out);
        }
      } else if (n instanceof Paragraph) {
        out.add(Block.of(Kind.PARAGRAPH, 0, true, lines(n)));
      } else {
        walkOne(n, depth + 1, quotes, true, out);
      }
    }
  }

  private static boolean headingLike(String marked) {
    int start = Inline.skipMarksAndSpace(marked, 0);
    if (start > 0 && marked.charAt(start - 1) == Inline.STRONG && marked.substring(0, start - 1).isBlank()) {
      int end = Inline.runEnd(marked, start - 1);
      if (end > 0 && marked.substring(end + 1).strip().replace(":", "").isEmpty()) {
        return true;
      }
    }
    String plain = Inline.plain(marked);
    if (plain.length() > 80) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static void table(TableBlock table, List<Block> out) {
    List<List<String>> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(marked(cell).get(0));
          }
        }
        rows.add(cells);
      }
    }
    out.add(Block.table(start(table, ""), rows));
  }

  /** The lines of a block with inline content, each at its source line. */
  private static List<Line> lines(Node block) {
    List<String> texts = marked(block);
    List<SourceSpan> spans = block.getSourceSpans();
    List<Line> lines = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      SourceSpan span = spans.isEmpty() ? null : spans.get(Math.min(i, spans.size() - 1));
      int line = span == null ? 0 : span.getLineIndex() + (i >= spans.size() ? i - spans.size() + 1 : 0);
      lines.add(new Line(texts.get(i), line, span == null ? 1 : span.getColumnIndex() + 1));
    }
    return lines;
  }

  private static Line start(Node n, String text) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? new Line(text, 0, 1) : new Line(text, spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
  }

  private static List<Line> rawLines(Node n) {
    List<Line> lines = new ArrayList<>();
    for (SourceSpan span : n.getSourceSpans()) {
      lines.add(new Line("", span.getLineIndex(), span.getColumnIndex() + 1));
    }
    return lines.isEmpty() ? List.of(start(n, "")) : lines;
  }

  /**
   * The marked text of a block's inlines, a string per line: strong, emphasis and code runs
   * enclosed in {@link Inline}'s marks, a link's address after its text. Walks without
   * recursion, so deep nesting cannot exhaust the stack.
   */
  private static List<String> marked(Node block) {
    List<String> lines = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Node n = block.getFirstChild();
    while (n != null) {
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        lines.add(out.toString());
        out.setLength(0);
      } else if (n instanceof Text) {
        out.append(((Text) n).getLiteral());
      } else if (n instanceof Code) {
        out.append(Inline.CODE).append(((Code) n).getLiteral()).append(Inline.CODE);
      } else if (n instanceof HtmlInline) {
        String html = ((HtmlInline) n).getLiteral();
        if (html.regionMatches(true, 0, "<br", 0, 3)) {
          lines.add(out.toString());
          out.setLength(0);
        }
      }
      char mark = mark(n);
      if (mark != 0) {
        out.append(mark);
      }
      if (n.getFirstChild() != null && !(n instanceof Code)) {
        n = n.getFirstChild();
        continue;
      }
      while (n != block && n.getNext() == null) {
        n = n.getParent();
        close(n, out);
      }
      if (n == block) {
        break;
      }
      n = n.getNext();
    }
    lines.add(out.toString());
    return lines;
  }

  private static char mark(Node n) {
    return n instanceof StrongEmphasis ? Inline.STRONG : n instanceof Emphasis ? Inline.EM : 0;
  }

  /** Closes a run or a link after its last child. */
  private static void close(Node n, StringBuilder out) {
    char mark = mark(n);
    if (mark != 0) {
      out.append(mark);
    } else if (n instanceof Link) {
      out.append(Inline.HREF).append(((Link) n).getDestination()).append(Inline.HREF_END);
    }
  }
}
