package dev.briefing.chat;

import dev.briefing.chat.internal.BoldLead;
import dev.briefing.chat.internal.card.CardJson;
import dev.briefing.chat.internal.card.CardLayout;
import dev.briefing.chat.internal.card.CardMarkdown;
import dev.briefing.chat.internal.card.CardPart;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an Adaptive Card section writer writes: a {@code Container} per section with a heading,
 * wrapping {@code TextBlock}s (subtle ones for {@linkplain #note notes}) and a {@code FactSet},
 * and {@code Action.OpenUrl}s. All text is
 * user text, escaped as the built-in sections escape it, so a replaced section can no more
 * inject Markdown or an action than the rest of the card; the size limit applies to what it
 * writes too. One per rendered card; not thread-safe.
 *
 * <pre>{@code
 * AdaptiveCardRenderer cards = AdaptiveCardRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, card) -> {
 *       card.section("Key figures");
 *       for (Figure figure : briefing.figures()) {
 *         card.text(figure.value(), figure.label());    // "**$72.3B** Valuation"
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public final class CardOutput {

  private final RenderOptions options;
  private final List<CardPart> parts = new ArrayList<>();
  private final List<CardPart.Action> actions = new ArrayList<>();
  private String heading;
  private List<CardPart.TextEntry> texts = new ArrayList<>();
  private List<CardPart.Fact> facts = new ArrayList<>();

  CardOutput(RenderOptions options) {
    this.options = options;
  }

  /** @return the renderer's options: labels and sections */
  public RenderOptions options() {
    return options;
  }

  /**
   * Writes the card's title: a large heading on its own.
   *
   * @param title the words
   * @return this output
   */
  public CardOutput title(String title) {
    close();
    heading = "";
    texts.add(CardPart.TextEntry.of("", Objects.requireNonNull(title, "title"), CardJson.Look.TITLE));
    close();
    return this;
  }

  /**
   * Starts a section: a {@code Container} headed by the label. A section that gets no text
   * and no fact is left out.
   *
   * @param label the heading's words
   * @return this output
   */
  public CardOutput section(String label) {
    close();
    heading = CardMarkdown.escape(Objects.requireNonNull(label, "label"));
    return this;
  }

  /**
   * @param text a text block's words, paragraphs separated by a blank line as in the model
   * @return this output
   */
  public CardOutput text(String text) {
    return entry("", text);
  }

  /**
   * @param lead words shown in bold before the text, such as an impact's order
   * @param text the words after them
   * @return this output
   */
  public CardOutput text(String lead, String text) {
    return entry(bold(lead) + " ", text);
  }

  /**
   * @param title words shown in bold on a line of their own, such as a watch item's title
   * @param text the paragraphs below them
   * @return this output
   */
  public CardOutput titled(String title, String text) {
    return entry(bold(title) + "\n\n", text);
  }

  /**
   * Writes a subtle {@code TextBlock} in place, such as a judgment's {@code "Likelihood:
   * likely · Confidence: moderate"} under its text, escaped as all text is. Nothing for no parts.
   *
   * @param parts the labelled parts, shown on one line a middle dot apart
   * @return this output
   */
  public CardOutput note(List<String> parts) {
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      return this;
    }
    open();
    texts.add(CardPart.TextEntry.of("", String.join(" · ", parts), CardJson.Look.NOTE));
    return this;
  }

  /**
   * @param title the fact's title
   * @param value its value
   * @return this output
   */
  public CardOutput fact(String title, String value) {
    open();
    facts.add(CardPart.Fact.of(Objects.requireNonNull(title, "title"), Objects.requireNonNull(value, "value")));
    return this;
  }

  /**
   * Adds a button that opens the address when {@link SafeLinks} allows it, else shows the
   * address as a fact of the current section, so nothing is lost.
   *
   * @param title the button's words
   * @param url the address, from the model
   * @return this output
   */
  public CardOutput link(String title, URI url) {
    Objects.requireNonNull(title, "title");
    Optional<String> safe = SafeLinks.of(Objects.requireNonNull(url, "url"));
    if (safe.isPresent()) {
      actions.add(new CardPart.Action(title, safe.get()));
      return this;
    }
    return fact(title, url.toString());
  }

  private CardOutput entry(String lead, String text) {
    open();
    texts.add(CardPart.TextEntry.of(lead, Objects.requireNonNull(text, "text"), CardJson.Look.BODY));
    return this;
  }

  /** Entries written before any section go in one without a heading. */
  private void open() {
    if (heading == null) {
      heading = "";
    }
  }

  private void close() {
    if (heading != null && (!texts.isEmpty() || !facts.isEmpty())) {
      parts.add(new CardPart(heading, List.copyOf(texts), List.copyOf(facts)));
    }
    heading = null;
    texts = new ArrayList<>();
    facts = new ArrayList<>();
  }

  private static String bold(String text) {
    Objects.requireNonNull(text, "lead");
    return BoldLead.fits(text) ? "**" + CardMarkdown.escape(text) + "**" : CardMarkdown.escape(text);
  }

  /** @return what was written, for the card's size fitting */
  CardLayout.Layout layout() {
    close();
    return new CardLayout.Layout(List.copyOf(parts), List.copyOf(actions));
  }
}
