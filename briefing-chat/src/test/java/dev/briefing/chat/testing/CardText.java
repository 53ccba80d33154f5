package dev.briefing.chat.testing;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads the Markdown of a card's text with commonmark-java, the CommonMark reference the
 * Markdown subset of Adaptive Cards follows: what a reader sees, and anything but plain text
 * in it. The adaptive-card format's own markup is a bold lead at a paragraph's start (an
 * impact's order, a watch item's title) holding text only; everything else must be paragraphs
 * of text.
 *
 * <pre>{@code
 * CardText.Reading reading = CardText.read("**First-order:** A \\*star\\*");
 * reading.visible(); // "First-order: A *star*"
 * }</pre>
 */
public final class CardText {

  private static final Parser COMMONMARK = Parser.builder().build();

  private CardText() {}

  /**
   * What a text shows.
   *
   * @param visible the text a reader sees, paragraphs a blank line apart, line breaks as spaces
   * @param problems every node that is not plain text or the format's own bold lead
   */
  public record Reading(String visible, List<String> problems) {}

  /**
   * @param markdown a {@code TextBlock}'s text or a fact's title or value
   * @return what it shows
   */
  public static Reading read(String markdown) {
    Node document = COMMONMARK.parse(markdown);
    List<String> problems = new ArrayList<>();
    StringBuilder visible = new StringBuilder();
    if (!(document instanceof Document)) {
      problems.add("not a document: " + document);
    }
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (!(block instanceof Paragraph)) {
        problems.add("a " + block.getClass().getSimpleName() + " block");
        continue;
      }
      if (visible.length() > 0) {
        visible.append("\n\n");
      }
      for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
        if (inline instanceof StrongEmphasis strong && inline == block.getFirstChild()) {
          inlines(strong, visible, problems);
        } else {
          inline(inline, visible, problems);
        }
      }
    }
    return new Reading(visible.toString(), List.copyOf(problems));
  }

  private static void inlines(Node parent, StringBuilder visible, List<String> problems) {
    for (Node inline = parent.getFirstChild(); inline != null; inline = inline.getNext()) {
      inline(inline, visible, problems);
    }
  }

  private static void inline(Node inline, StringBuilder visible, List<String> problems) {
    if (inline instanceof Text text) {
      visible.append(text.getLiteral());
    } else if (inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
      visible.append(' ');
    } else {
      problems.add("a " + inline.getClass().getSimpleName() + " inline");
    }
  }
}
