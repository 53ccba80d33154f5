package dev.briefing.chat.internal.card;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a card within a size limit in UTF-16 code units. The whole card is written once, in
 * one pass, noting where each part and action lies; a card that fits is that text. One that
 * does not keeps its parts in order while they fit; the first part that does not fit keeps the
 * entries that do, the first of them cut at a word with {@code …} when none fits whole, and
 * every later part is left out. A note then says the card is shortened, an {@code
 * Action.OpenUrl} to the full briefing comes first when there is one, and the sources' actions
 * follow while they fit.
 */
public final class CardFit {

  private CardFit() {}

  /**
   * @param layout the card's parts and actions
   * @param limit the longest card, in UTF-16 code units
   * @param note the shortening note, plain text
   * @param fullBriefing an action to the whole briefing, if there is one
   * @param out where the card goes
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when not even the note fits
   */
  public static void write(CardLayout.Layout layout, int limit, String note, Optional<CardPart.Action> fullBriefing,
      Appendable out) throws IOException {
    List<CardPart> parts = layout.parts();
    List<CardPart.Action> actions = layout.actions();
    int[] bounds = new int[2 * (parts.size() + actions.size())];
    CardBuffer whole = new CardBuffer(Math.min(limit + 1024, 64 * 1024));
    try (JsonGenerator json = CardJson.generator(whole)) {
      CardJson.cardStart(json);
      json.writeArrayFieldStart("body");
      int b = 0;
      for (int i = 0; i < parts.size(); i++) {
        json.flush();
        bounds[b++] = whole.length() + (i > 0 ? 1 : 0); // the comma comes with the next value
        CardJson.container(json, parts.get(i), parts.get(i).texts().size(), parts.get(i).facts().size());
        json.flush();
        bounds[b++] = whole.length();
      }
      json.writeEndArray();
      if (!actions.isEmpty()) {
        json.writeArrayFieldStart("actions");
        for (int i = 0; i < actions.size(); i++) {
          json.flush();
          bounds[b++] = whole.length() + (i > 0 ? 1 : 0);
          CardJson.openUrl(json, actions.get(i));
          json.flush();
          bounds[b++] = whole.length();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    if (whole.length() <= limit) {
      whole.appendTo(out);
      return;
    }
    out.append(shortened(layout, whole, bounds, limit, note, fullBriefing));
  }

  private static String shortened(CardLayout.Layout layout, CardBuffer whole, int[] bounds, int limit, String note,
      Optional<CardPart.Action> fullBriefing) {
    String noteBlock = CardJson.string(json -> CardJson.textBlock(json, CardMarkdown.escape(note), CardJson.Look.NOTE));
    List<String> actions = new ArrayList<>();
    fullBriefing.ifPresent(action -> actions.add(CardJson.string(json -> CardJson.openUrl(json, action))));
    int remaining = limit - CardJson.card(List.of(noteBlock), actions).length();
    if (remaining < 0) {
      throw new IllegalArgumentException("A card limit of " + limit + " does not leave room for the shortening note");
    }
    List<String> body = new ArrayList<>();
    int partCount = layout.parts().size();
    for (int i = 0; i < partCount; i++) {
      int size = bounds[2 * i + 1] - bounds[2 * i];
      if (size + 1 <= remaining) {
        body.add(whole.slice(bounds[2 * i], bounds[2 * i + 1]));
        remaining -= size + 1;
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
    for (int a = 0; a < layout.actions().size(); a++) {
      int start = bounds[2 * (partCount + a)];
      int end = bounds[2 * (partCount + a) + 1];
      int cost = end - start + 1 + actionsOverhead;
      if (cost > remaining) {
        break;
      }
      actions.add(whole.slice(start, end));
      remaining -= cost;
      actionsOverhead = 0;
    }
    return CardJson.card(body, actions);
  }

  private static Optional<String> shorten(CardPart part, int room) {
    // Sizes are added up rather than written again for every entry tried: a container's JSON
    // is its empty form plus its items and the commas between them.
    List<String> items = new ArrayList<>();
    if (!part.heading().isEmpty()) {
      items.add(CardJson.string(json -> CardJson.textBlock(json, part.heading(), CardJson.Look.HEADING)));
    }
    int size = CardJson.string(json -> CardJson.container(json, List.of())).length() + joined(items);
    if (size > room) {
      return Optional.empty();
    }
    for (CardPart.TextEntry entry : part.texts()) {
      String block = CardJson.string(json -> CardJson.textBlock(json, entry.markdown(), entry.look()));
      int comma = items.isEmpty() ? 0 : 1;
      if (size + comma + block.length() > room) {
        cut(entry, room - size - comma).ifPresent(items::add);
        return Optional.of(container(items));
      }
      items.add(block);
      size += comma + block.length();
    }
    int kept = 0;
    int factSet = CardJson.string(json -> CardJson.factSet(json, List.of())).length() + (items.isEmpty() ? 0 : 1);
    for (CardPart.Fact fact : part.facts()) {
      int added = CardJson.string(json -> CardJson.fact(json, fact)).length() + (kept == 0 ? factSet : 1);
      if (size + added > room) {
        break;
      }
      kept++;
      size += added;
    }
    if (kept > 0) {
      List<CardPart.Fact> facts = part.facts().subList(0, kept);
      items.add(CardJson.string(json -> CardJson.factSet(json, facts)));
    }
    return Optional.of(container(items));
  }

  private static String container(List<String> items) {
    return CardJson.string(json -> CardJson.container(json, items));
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
      String markdown = entry.lead() + CardMarkdown.escape(text.substring(0, end).stripTrailing()) + "…";
      String block = CardJson.string(json -> CardJson.textBlock(json, markdown, entry.look()));
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
