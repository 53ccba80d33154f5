package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.Shortening;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a card keeps to its size limit: whole when it fits; otherwise sections in order while
 * they fit, the first that does not cut short, a note, and the link to the whole briefing
 * first among the actions.
 */
class AdaptiveCardSizeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI FULL = URI.create("https://news.example/briefings/1");
  private static final String NOTE = "This briefing is shortened to fit the card.";

  @Test
  void aCardThatFitsIsWholeWithoutANote() throws Exception {
    String card = AdaptiveCardRenderer.standard().render(SeedBriefing.briefing());

    assertThat(card).doesNotContain(NOTE);
    // The seed has no metadata, so no details.
    assertThat(headings(JSON.readTree(card))).containsExactly(
        "The Signal", "What Happened", "Why It Matters", "The Numbers", "What To Watch");
  }

  @Test
  void theLargestBriefingKeepsItsFirstSectionsANoteAndTheLinkWithinTheDefaultLimit() throws Exception {
    AdaptiveCardRenderer renderer = AdaptiveCardRenderer.builder().fullBriefing(b -> Optional.of(FULL)).build();
    String card = renderer.render(LargestBriefings.prose());
    JsonNode tree = JSON.readTree(card);

    assertThat(card.length()).isLessThanOrEqualTo(AdaptiveCardRenderer.WEBHOOK_LIMIT).isGreaterThan(AdaptiveCardRenderer.WEBHOOK_LIMIT - 1_000);
    assertThat(List.of("The Signal", "What Happened", "Why It Matters", "The Numbers", "What To Watch", "Details"))
        .as("the sections kept come first, in order").startsWith(headings(tree).toArray(String[]::new));
    JsonNode body = tree.get("body");
    assertThat(body.get(body.size() - 1).get("text").asText()).isEqualTo(NOTE);
    assertThat(tree.get("actions").get(0).get("url").asText()).isEqualTo(FULL.toString());
    assertThat(card).contains("…");
  }

  @Test
  void aShortenedCardWithoutALinkHasTheNoteOnly() throws Exception {
    String card = AdaptiveCardRenderer.builder().maxLength(2_000).build().render(SeedBriefing.briefing());
    JsonNode tree = JSON.readTree(card);

    assertThat(card.length()).isLessThanOrEqualTo(2_000);
    assertThat(headings(tree)).first().isEqualTo("The Signal");
    assertThat(tree.path("actions").findValuesAsText("url")).doesNotContain(FULL.toString());
    assertThat(card).contains(NOTE);
  }

  @Test
  void everyLimitFromTheSmallestToTheWholeCardIsKept() {
    Briefing seed = SeedBriefing.briefing();
    int whole = AdaptiveCardRenderer.standard().render(seed).length();
    for (int limit = 1_024; limit <= whole + 10; limit += 97) {
      String card = AdaptiveCardRenderer.builder().maxLength(limit).fullBriefing(b -> Optional.of(FULL)).build().render(seed);
      assertThat(card.length()).as("limit %s", limit).isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void theNoteAndLabelsCanBeInTheBriefingsLanguage() {
    String card = AdaptiveCardRenderer.builder()
        .options(RenderOptions.builder().labels(SectionLabels.german()).build()).maxLength(1_500)
        .shortenedNote("Gekürzt.").fullBriefingTitle("Alles lesen").fullBriefing(b -> Optional.of(FULL)).build()
        .render(SeedBriefing.briefing());

    assertThat(card).contains("Das Signal", "Gekürzt.", "Alles lesen");
  }

  @Test
  void oneShorteningFromTheKitSaysWhatTheThreeSettersSay() {
    String bySetters = AdaptiveCardRenderer.builder().maxLength(1_500)
        .shortenedNote("Gekürzt.").fullBriefingTitle("Alles lesen").fullBriefing(b -> Optional.of(FULL)).build()
        .render(SeedBriefing.briefing());
    String byKit = AdaptiveCardRenderer.builder().maxLength(1_500)
        .shortening(Shortening.of("Gekürzt.").withLinkTitle("Alles lesen").withLink(b -> Optional.of(FULL))).build()
        .render(SeedBriefing.briefing());

    assertThat(byKit).isEqualTo(bySetters).contains("Gekürzt.", "Alles lesen");
  }

  @Test
  void aLimitTooSmallForAnyCardIsRefused() {
    assertThatThrownBy(() -> AdaptiveCardRenderer.builder().maxLength(1_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024");
  }

  private static List<String> headings(JsonNode card) {
    List<String> headings = new ArrayList<>();
    for (JsonNode element : card.get("body")) {
      if (element.get("type").asText().equals("Container")) {
        JsonNode first = element.get("items").get(0);
        if ("heading".equals(first.path("style").asText()) && !first.has("size")) {
          headings.add(first.get("text").asText());
        }
      }
    }
    return headings;
  }
}
