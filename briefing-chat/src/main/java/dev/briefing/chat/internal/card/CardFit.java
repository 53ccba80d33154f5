package dev.briefing.chat.internal.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a card within a size limit in UTF-16 code units. A card that fits is written whole.
 * One that does not keeps its parts in order while they fit; the first part that does not fit
 * keeps the entries that do, the first of them cut at a word with {@code …} when none fits
 * whole, and every later part is left out. A note then says the card is shortened, an
 * {@code Action.OpenUrl} to the full briefing comes first when there is one, and the sources'
 * actions follow while they fit.
 */
public final class CardFit {

  private CardFit() {}

  /**
   * @param layout the card's parts and actions
   * @param limit the longest card, in UTF-16 code units
   * @param note the shortening note, plain text
   * @param fullBriefing an action to the whole briefing, written, if there is one
   * @return the card
   * @throws IllegalArgumentException when not even the note fits
   */
  public static String write(CardLayout.Layout layout, int limit, String note, Optional<String> fullBriefing) {
    List<String> whole = new ArrayList<>(layout.parts().size());
    for (CardPart part : layout.parts()) {
      whole.add(part.json());
    }
    String card = CardJson.card(whole, layout.actions());
    if (card.length() <= limit) {
      return card;
    }
    String noteBlock = CardJson.textBlock(CardMarkdown.escape(note), CardJson.Look.NOTE);
    List<String> actions = new ArrayList<>();
    fullBriefing.ifPresent(actions::add);
    int remaining = limit - CardJson.card(List.of(noteBlock), actions).length();
    if (remaining < 0) {
      throw new IllegalArgumentException("A card limit of " + limit + " does not leave room for the shortening note");
    }
    List<String> body = new ArrayList<>();
    for (int i = 0; i < layout.parts().size(); i++) {
      String part = whole.get(i);
      if (part.length() + 1 <= remaining) {
        body.add(part);
        remaining -= part.length() + 1;
        continue;
      }
      Optional<String> shortened = shorten(layout.parts().get(i), remaining - 1);
      if (shortened.isPresent()) {
        body.add(shortened.get());
        remaining -= shortened.get().length() + 1;
      }
      break;
    }
    body.add(noteBlock);
    int actionsOverhead = actions.isEmpty() ? ",\"actions\":[]".length() - 1 : 0;
    for (String action : layout.actions()) {
      int cost = action.length() + 1 + actionsOverhead;
      if (cost > remaining) {
        break;
      }
      actions.add(action);
      remaining -= cost;
      actionsOverhead = 0;
    }
    return CardJson.card(body, actions);
  }

  private static Optional<String> shorten(CardPart part, int room) {
    // Sizes are added up rather than written again for every entry tried: a container's JSON
    // is its empty form plus its items and the commas between them.
    List<String> items = part.items(0, 0);
    int size = CardJson.container(List.of()).length() + joined(items);
    if (size > room) {
      return Optional.empty();
    }
    for (CardPart.TextEntry entry : part.texts()) {
      String block = entry.block();
      int comma = items.isEmpty() ? 0 : 1;
      if (size + comma + block.length() > room) {
        cut(entry, room - size - comma).ifPresent(items::add);
        return Optional.of(CardJson.container(items));
      }
      items.add(block);
      size += comma + block.length();
    }
    List<String> facts = new ArrayList<>();
    int factSet = CardJson.factSet(List.of()).length() + (items.isEmpty() ? 0 : 1);
    for (String fact : part.facts()) {
      int added = fact.length() + (facts.isEmpty() ? factSet : 1);
      if (size + added > room) {
        break;
      }
      facts.add(fact);
      size += added;
    }
    if (!facts.isEmpty()) {
      items.add(CardJson.factSet(facts));
    }
    return Optional.of(CardJson.container(items));
  }

  private static int joined(List<String> values) {
    int length = Math.max(0, values.size() - 1);
    for (String value : values) {
      length += value.length();
    }
    return length;
  }

  /** The longest start of the entry's text, ending at a word, whose block is at most {@code room}. */
  private static Optional<String> cut(CardPart.TextEntry entry, int room) {
    String text = entry.text();
    int low = 0;
    int high = text.length();
    String best = null;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int end = wordEnd(text, middle);
      String block = CardJson.textBlock(entry.lead() + CardPart.TextEntry.markdown(text.substring(0, end).stripTrailing()) + "…", entry.look());
      if (end > 0 && block.length() <= room) {
        best = block;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The last word end at or before {@code at}, or {@code at} itself inside one long word. */
  private static int wordEnd(String text, int at) {
    int space = text.lastIndexOf(' ', at);
    int end = space > at / 2 ? space : at;
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
