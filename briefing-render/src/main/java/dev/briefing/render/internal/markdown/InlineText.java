package dev.briefing.render.internal.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of a node: literal text, code spans and inline HTML as written, emphasis and
 * links by their text, line breaks inside a paragraph as one space. Walks the tree without
 * recursion, so deeply nested emphasis cannot exhaust the stack.
 */
final class InlineText {

  private InlineText() {}

  /**
   * @param node a block or inline node
   * @return the text of everything under it
   */
  static String of(Node node) {
    StringBuilder out = new StringBuilder();
    Node n = node.getFirstChild();
    while (n != null) {
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      out.append(leaf(n));
      while (n != node && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == node ? null : n.getNext();
    }
    return out.toString();
  }

  /**
   * @param node an inline node
   * @return its text, whether it is a leaf or holds other inlines
   */
  static String ofInline(Node node) {
    return node.getFirstChild() != null ? of(node) : leaf(node);
  }

  private static String leaf(Node n) {
    if (n instanceof Text) {
      return ((Text) n).getLiteral();
    } else if (n instanceof Code) {
      return ((Code) n).getLiteral();
    } else if (n instanceof HtmlInline) {
      return ((HtmlInline) n).getLiteral();
    } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
      return " ";
    }
    return "";
  }
}
