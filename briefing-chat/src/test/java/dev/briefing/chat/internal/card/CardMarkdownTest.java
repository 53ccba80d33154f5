package dev.briefing.chat.internal.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.chat.internal.EscapeCases;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The card Markdown escape, case by case from {@code card-markdown-escape.tsv}, and each case
 * read back by commonmark-java as text only: paragraphs of {@code Text} nodes that say what
 * the user wrote, never emphasis, a link, a list, a heading or code.
 */
class CardMarkdownTest {

  private static final Parser COMMONMARK = Parser.builder().build();

  static Stream<Arguments> cases() {
    return EscapeCases.load("/dev/briefing/chat/internal/card-markdown-escape.tsv").stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void escapesAsTheCaseSaysAndCommonMarkReadsOnlyText(String text, String expected) {
    String markdown = CardMarkdown.escape(text);

    assertThat(markdown).isEqualTo(expected);
    assertThat(literal(markdown)).isEqualTo(text.replaceAll("(?m)^[ \\t]+", "").replace("\n", " "));
  }

  /**
   * @param markdown escaped Markdown
   * @return the text of its one paragraph, line breaks as spaces
   * @throws AssertionError when CommonMark reads anything but plain text in it
   */
  static String literal(String markdown) {
    Node document = COMMONMARK.parse(markdown);
    assertThat(document).isInstanceOf(Document.class);
    List<Node> blocks = children(document);
    assertThat(blocks).as("blocks of %s", markdown).singleElement().isInstanceOf(Paragraph.class);
    StringBuilder out = new StringBuilder();
    for (Node inline : children(blocks.get(0))) {
      if (inline instanceof Text text) {
        out.append(text.getLiteral());
      } else if (inline instanceof SoftLineBreak) {
        out.append(' ');
      } else {
        throw new AssertionError("CommonMark reads " + inline + " in " + markdown);
      }
    }
    return out.toString();
  }

  private static List<Node> children(Node parent) {
    List<Node> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    return children;
  }
}
