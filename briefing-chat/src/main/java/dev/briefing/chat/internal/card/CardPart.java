package dev.briefing.chat.internal.card;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a card before it is written: its heading and its entries, text blocks or
 * facts, so that a card too large for its limit can keep a part's first entries only.
 *
 * @param heading the heading block, written; empty for the title part
 * @param texts text entries, one text block each
 * @param facts written facts, one {@code FactSet} for all
 */
public record CardPart(String heading, List<TextEntry> texts, List<String> facts) {

  /**
   * Text of one block: a bold lead (an impact's order) and the user's text.
   *
   * @param lead Markdown written before the text, already escaped
   * @param text the user's text, plain
   * @param look how the block looks
   */
  public record TextEntry(String lead, String text, CardJson.Look look) {
    /** @return the block with all of the text */
    public String block() {
      return CardJson.textBlock(lead + markdown(text), look);
    }

    static String markdown(String text) {
      // A blank line separates Markdown paragraphs as it does the model's.
      return CardMarkdown.escape(text);
    }
  }

  /** @return the part written whole */
  public String json() {
    return CardJson.container(items(texts.size(), facts.size()));
  }

  /**
   * @param textCount how many text entries to keep
   * @param factCount how many facts to keep
   * @return the container's items
   */
  List<String> items(int textCount, int factCount) {
    List<String> items = new ArrayList<>();
    if (!heading.isEmpty()) {
      items.add(heading);
    }
    for (TextEntry entry : texts.subList(0, textCount)) {
      items.add(entry.block());
    }
    if (factCount > 0) {
      items.add(CardJson.factSet(facts.subList(0, factCount)));
    }
    return items;
  }
}
