package dev.briefing.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads a CommonMark tree into a flat list of tokens (blocks and inline pieces), and builds the
 * same list from what a briefing should look like, so a test compares the two. Any node the
 * renderer never means to produce (code, HTML, images, soft breaks, ...) becomes a token of its
 * own and so fails the comparison.
 */
record MarkdownStructure(String kind, String text) {

  static List<MarkdownStructure> read(Node document) {
    List<MarkdownStructure> tokens = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      block(block, tokens);
    }
    return tokens;
  }

  private static void block(Node block, List<MarkdownStructure> tokens) {
    if (block instanceof Heading) {
      tokens.add(new MarkdownStructure("H" + ((Heading) block).getLevel(), plain(block)));
    } else if (block instanceof Paragraph) {
      tokens.add(new MarkdownStructure("P", ""));
      inline(block, tokens);
    } else if (block instanceof BulletList) {
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        tokens.add(new MarkdownStructure(item instanceof ListItem ? "LI" : item.getClass().getSimpleName(), ""));
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
          block(child, tokens);
        }
      }
      tokens.add(new MarkdownStructure("/UL", ""));
    } else {
      tokens.add(new MarkdownStructure(block.getClass().getSimpleName(), ""));
    }
  }

  private static void inline(Node parent, List<MarkdownStructure> tokens) {
    StringBuilder text = null;
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text) {
        text = text == null ? new StringBuilder() : text;
        text.append(((Text) node).getLiteral());
        continue;
      }
      if (text != null) {
        tokens.add(new MarkdownStructure("T", text.toString()));
        text = null;
      }
      if (node instanceof StrongEmphasis) {
        tokens.add(new MarkdownStructure("S", plain(node)));
      } else if (node instanceof Emphasis) {
        tokens.add(new MarkdownStructure("E", plain(node)));
      } else if (node instanceof Link) {
        tokens.add(new MarkdownStructure("A", ((Link) node).getDestination() + " " + plain(node)));
      } else {
        tokens.add(new MarkdownStructure(node.getClass().getSimpleName(), ""));
      }
    }
    if (text != null) {
      tokens.add(new MarkdownStructure("T", text.toString()));
    }
  }

  /** The text of a node that may hold only text. */
  private static String plain(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text) {
        text.append(((Text) node).getLiteral());
      } else {
        text.append("<unexpected ").append(node.getClass().getSimpleName()).append('>');
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return kind + (text.isEmpty() ? "" : "[" + text + "]");
  }
}
