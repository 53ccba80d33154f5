package dev.briefing.render.internal.tolerant;

import dev.briefing.render.internal.tolerant.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Article HTML as the tolerant reader's blocks, from a jsoup DOM: {@code h1}–{@code h6} are
 * headings, {@code p} paragraphs (one that is all {@code strong} or {@code b} is a heading),
 * {@code li} list items with their depth, {@code dt}/{@code dd} pairs items with a bold term,
 * tables, {@code hr} rules; other elements are read as their content, and script, style and
 * the like are ignored. Walks without recursion.
 */
public final class HtmlBlocks {

  private static final Set<String> IGNORED = Set.of("script", "style", "template", "noscript", "head", "svg",
      "iframe", "object", "canvas");
  /** Page furniture around an article: dropped with a warning. */
  private static final Set<String> CHROME = Set.of("nav", "footer", "aside", "form", "button", "select", "textarea");
  /** Class and id words of page furniture: advertising, cookie banners, sharing, sign-up boxes. */
  private static final Set<String> CHROME_NAMES = Set.of("ad", "ads", "advert", "advertisement", "cookie",
      "cookie-banner", "cookies", "banner", "promo", "share", "sharing", "social", "subscribe", "signup",
      "newsletter-signup", "related", "byline", "meta", "breadcrumb", "breadcrumbs", "comments");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
      "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
      "wbr", "br", "del", "ins", "font", "img", "label");

  private HtmlBlocks() {}

  /**
   * @param root the element to read, the body
   * @param article the page's article or main element, or null: what is outside it, except
   *     what holds it, is dropped
   * @return its blocks, in document order
   */
  public static List<Block> of(Element root, Element article) {
    List<Block> out = new ArrayList<>();
    java.util.Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element e = article; e != null; e = e.parent()) {
      holders.add(e);
    }
    // Iterative walk: a frame is an element and the depth of the list it is in.
    List<Element> stack = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    pushChildren(root, 0, stack, depths);
    while (!stack.isEmpty()) {
      Element e = stack.remove(stack.size() - 1);
      int depth = depths.remove(depths.size() - 1);
      String tag = e.normalName();
      if (IGNORED.contains(tag)) {
        continue;
      }
      if (article != null && e != article && holders.contains(e)) {
        pushChildren(e, depth, stack, depths);
        continue;
      }
      if (article != null && !holders.contains(e) && holders.contains(e.parent()) && e.parent() != article) {
        drop(e, "text outside the article", out);
        continue;
      }
      if (CHROME.contains(tag) || chromeName(e)) {
        drop(e, "page furniture", out);
        continue;
      }
      switch (tag) {
        case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
          out.add(Block.of(Kind.HEADING, tag.charAt(1) - '0', false, lines(e, List.of())));
          break;
        case "p":
          List<Line> lines = lines(e, List.of());
          if (!lines.isEmpty()) {
            boolean bold = lines.size() == 1 && allStrong(lines.get(0).text());
            boolean inItem = e.parent() != null && (e.parent().normalName().equals("li") || e.parent().normalName().equals("dd"));
            if (inItem) {
              out.add(Block.of(Kind.PARAGRAPH, 0, true, lines));
            } else {
              out.add(Block.of(bold ? Kind.HEADING : Kind.PARAGRAPH, 3, false, lines));
            }
          }
          break;
        case "li":
          item(e, depth, stack, depths, out);
          break;
        case "ul": case "ol":
          pushChildren(e, e.parent() != null && e.parent().normalName().equals("li") ? depth + 1 : depth, stack, depths);
          break;
        case "dt":
          definition(e, out);
          break;
        case "dd":
          break;
        case "table":
          table(e, out);
          break;
        case "hr":
          out.add(Block.dropped(Kind.RULE, List.of(at(e, "")), "rule"));
          break;
        default:
          if (hasOwnText(e)) {
            List<Line> own = lines(e, List.of());
            if (!own.isEmpty()) {
              out.add(Block.of(Kind.PARAGRAPH, 0, false, own));
            }
          } else {
            pushChildren(e, depth, stack, depths);
          }
      }
    }
    return out;
  }

  /** Drops an element's text, with a warning at each line that holds some; an element without text goes unremarked. */
  private static void drop(Element e, String what, List<Block> out) {
    List<Line> lines = lines(e, List.of());
    if (!lines.isEmpty()) {
      out.add(Block.dropped(Kind.OTHER, lines, what + " (" + describe(e) + ")"));
    }
  }

  private static boolean chromeName(Element e) {
    for (String name : e.classNames()) {
      if (CHROME_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return !e.id().isEmpty() && CHROME_NAMES.contains(e.id().toLowerCase(Locale.ROOT));
  }

  private static String describe(Element e) {
    return "<" + e.normalName() + (e.id().isEmpty() ? "" : " id=" + e.id())
        + (e.className().isEmpty() ? "" : " class=" + e.className()) + ">";
  }

  private static void pushChildren(Element e, int depth, List<Element> stack, List<Integer> depths) {
    List<Element> children = e.children();
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.add(children.get(i));
      depths.add(depth);
    }
  }

  /** A list item: its inline content is the item, its paragraphs and nested lists follow. */
  private static void item(Element li, int depth, List<Element> stack, List<Integer> depths, List<Block> out) {
    List<Line> own = lines(li, Set.of("ul", "ol", "p", "div", "table", "dl"));
    Element firstP = li.children().isEmpty() ? null : li.child(0);
    boolean leadingParagraph = own.isEmpty() && firstP != null && firstP.normalName().equals("p");
    if (leadingParagraph) {
      own = lines(firstP, List.of());
    }
    out.add(Block.of(Kind.ITEM, depth, depth > 0, own.isEmpty() ? List.of(at(li, "")) : own));
    List<Element> children = li.children();
    for (int i = children.size() - 1; i >= (leadingParagraph ? 1 : 0); i--) {
      Element child = children.get(i);
      if (INLINE.contains(child.normalName())) {
        continue;
      }
      stack.add(child);
      depths.add(depth);
    }
  }

  /** A term and its description: an item whose bold term leads, as {@code **term**: description}. */
  private static void definition(Element dt, List<Block> out) {
    List<Line> term = lines(dt, List.of());
    Element dd = dt.nextElementSibling();
    String description = "";
    List<Element> more = new ArrayList<>();
    if (dd != null && dd.normalName().equals("dd")) {
      Element firstP = dd.children().isEmpty() ? null : dd.child(0);
      if (firstP != null && firstP.normalName().equals("p")) {
        description = joined(lines(firstP, List.of()));
        for (int i = 1; i < dd.children().size(); i++) {
          more.add(dd.child(i));
        }
      } else {
        description = joined(lines(dd, List.of()));
      }
    }
    Line first = term.isEmpty() ? at(dt, "") : term.get(0);
    String text = Inline.STRONG + Inline.plain(joined(term)) + Inline.STRONG + ": " + description;
    out.add(Block.of(Kind.ITEM, 0, false, List.of(new Line(text, first.line(), first.column()))));
    for (Element p : more) {
      List<Line> lines = lines(p, List.of());
      if (!lines.isEmpty()) {
        out.add(Block.of(Kind.PARAGRAPH, 0, true, lines));
      }
    }
  }

  private static void table(Element table, List<Block> out) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          cells.add(joined(lines(cell, List.of())));
        }
      }
      rows.add(cells);
    }
    if (!rows.isEmpty()) {
      out.add(Block.table(at(table, ""), rows));
    }
  }

  private static boolean hasOwnText(Element e) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode && !((TextNode) child).isBlank()) {
        return true;
      }
      if (child instanceof Element && INLINE.contains(((Element) child).normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allStrong(String marked) {
    int start = Inline.skipMarksAndSpace(marked, 0);
    if (start == 0 || marked.charAt(start - 1) != Inline.STRONG || !marked.substring(0, start - 1).isBlank()) {
      return false;
    }
    int end = Inline.runEnd(marked, start - 1);
    return end > 0 && marked.substring(end + 1).strip().replace(":", "").isEmpty();
  }

  private static String joined(List<Line> lines) {
    return lines.isEmpty() ? "" : Line.join(lines);
  }


  private static Line at(Node n, String text) {
    Range range = n.sourceRange();
    if (!range.isTracked()) {
      return new Line(text, 0, 1);
    }
    return new Line(text, Math.max(0, range.start().lineNumber() - 1), Math.max(1, range.start().columnNumber()));
  }

  /**
   * The marked text of an element's inline content, a line per source line (and per
   * {@code br}), skipping the children named in {@code skip}. Walks without recursion.
   */
  private static List<Line> lines(Element element, java.util.Collection<String> skip) {
    List<Line> lines = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Line[] start = {null};
    List<Node> stack = new ArrayList<>();
    List<Boolean> closing = new ArrayList<>();
    List<Node> children = element.childNodes();
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.add(children.get(i));
      closing.add(false);
    }
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      boolean close = closing.remove(closing.size() - 1);
      if (close) {
        char mark = mark((Element) n);
        if (mark != 0) {
          out.append(mark);
        } else if (((Element) n).normalName().equals("a") && n.hasAttr("href")) {
          out.append(Inline.HREF).append(n.attr("href")).append(Inline.HREF_END);
        }
        continue;
      }
      if (n instanceof TextNode) {
        String text = ((TextNode) n).getWholeText();
        Line where = at(n, "");
        int line = where.line();
        int column = where.column();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
          if (i == text.length() || text.charAt(i) == '\n') {
            String piece = text.substring(from, i);
            if (!piece.isBlank()) {
              if (start[0] == null) {
                int lead = 0;
                while (lead < piece.length() && Inline.isSpace(piece.charAt(lead))) {
                  lead++;
                }
                start[0] = new Line("", line, from == 0 ? column + lead : lead + 1);
              }
              out.append(piece);
            }
            if (i < text.length()) {
              if (out.length() > 0 && !Inline.plain(out.toString()).isEmpty() && start[0] != null) {
                lines.add(new Line(out.toString(), start[0].line(), start[0].column()));
                out.setLength(0);
                start[0] = null;
              } else if (out.length() > 0) {
                out.append(' ');
              }
              line++;
              from = i + 1;
            }
          }
        }
        continue;
      }
      if (!(n instanceof Element)) {
        continue;
      }
      Element e = (Element) n;
      String tag = e.normalName();
      if (IGNORED.contains(tag) || skip.contains(tag)) {
        continue;
      }
      if (tag.equals("br")) {
        if (start[0] != null) {
          lines.add(new Line(out.toString(), start[0].line(), start[0].column()));
          out.setLength(0);
          start[0] = null;
        }
        continue;
      }
      char mark = mark(e);
      if (mark != 0) {
        out.append(mark);
      }
      stack.add(e);
      closing.add(true);
      List<Node> kids = e.childNodes();
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.add(kids.get(i));
        closing.add(false);
      }
    }
    if (start[0] != null && !Inline.plain(out.toString()).isEmpty()) {
      lines.add(new Line(out.toString(), start[0].line(), start[0].column()));
    }
    return lines;
  }

  private static char mark(Element e) {
    switch (e.normalName().toLowerCase(Locale.ROOT)) {
      case "strong":
      case "b":
        return Inline.STRONG;
      case "em":
      case "i":
      case "cite":
        return Inline.EM;
      case "code":
        return Inline.CODE;
      default:
        return 0;
    }
  }
}
