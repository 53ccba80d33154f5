package dev.briefing.chat.internal.card;

import java.util.List;

/**
 * One section of a card before it is written: its heading and its entries, text blocks or
 * facts, already escaped, so that a card too large for its limit can keep a part's first
 * entries only.
 *
 * @param heading the heading's Markdown, escaped; empty for a part without one (the title)
 * @param texts text entries, one text block each
 * @param facts facts, one {@code FactSet} for all
 */
public record CardPart(String heading, List<TextEntry> texts, List<Fact> facts) {

  /**
   * Text of one block: a lead (an impact's order in bold) and the user's text.
   *
   * @param lead Markdown written before the text, already escaped
   * @param text the user's text, plain, kept to cut it when the block does not fit
   * @param markdown the lead and the escaped text: the block's whole text
   * @param look how the block looks
   */
  public record TextEntry(String lead, String text, String markdown, CardJson.Look look) {
    /**
     * @param lead Markdown before the text, already escaped
     * @param text the user's text, plain
     * @param look how the block looks
     * @return the entry with its text escaped
     */
    public static TextEntry of(String lead, String text, CardJson.Look look) {
      return new TextEntry(lead, text, lead + CardMarkdown.escape(text), look);
    }
  }

  /**
   * One fact of a {@code FactSet}.
   *
   * @param title the title's Markdown, escaped
   * @param value the value's Markdown, escaped
   */
  public record Fact(String title, String value) {
    /**
     * @param title plain text
     * @param value plain text
     * @return the fact with both escaped
     */
    public static Fact of(String title, String value) {
      return new Fact(CardMarkdown.escape(title), CardMarkdown.escape(value));
    }
  }

  /**
   * An {@code Action.OpenUrl}.
   *
   * @param title the button's words, plain text (action titles are not Markdown)
   * @param url a checked address
   */
  public record Action(String title, String url) {}
}
