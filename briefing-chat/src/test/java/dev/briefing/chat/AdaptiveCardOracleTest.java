package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.chat.testing.NodeOracle;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cards checked by the official {@code adaptivecards} library (parse for version 1.5 and
 * validate, with no event; every property written comes back from its own serializer, so none
 * is unknown to it) and their Markdown read by markdown-it: only paragraphs, bold for the
 * format's own leads and line breaks, never a link, list, code or emphasis from user text.
 */
class AdaptiveCardOracleTest {

  private static final java.net.URI FULL_BRIEFING = java.net.URI.create("https://news.example/b?id=1&v=2");
  private static final Set<String> OWN_TAGS = Set.of("p", "strong", "br");

  @Test
  void theSeedCardHasNoErrors() {
    check(List.of(SeedBriefing.briefing()), AdaptiveCardRenderer.standard());
  }

  @Test
  void generatedCardsHaveNoErrors() {
    check(BriefingGenerator.validBriefings(300, 15L).toList(), AdaptiveCardRenderer.standard());
  }

  @Test
  void theSeedsEditorialEditionAndGeneratedModel11CardsHaveNoErrors() {
    check(List.of(SeedBriefing.editorialBriefing()), AdaptiveCardRenderer.standard());
    check(BriefingGenerator.validEditorialBriefings(300, 17L).toList(), AdaptiveCardRenderer.standard());
    check(BriefingGenerator.validEditorialBriefings(100, 18L).toList(), AdaptiveCardRenderer.builder().maxLength(4_000)
        .fullBriefing(b -> java.util.Optional.of(FULL_BRIEFING)).build());
  }

  @Test
  void model11CardsHaveNoErrorsForHostileText() {
    check(BriefingGenerator.hostileEditorialBriefings(150, 19L).toList(), AdaptiveCardRenderer.standard());
  }

  @Test
  void theLargestBriefingsShortenedForWebhooksAndForBotsHaveNoErrors() {
    List<Briefing> largest = List.of(LargestBriefings.prose(), LargestBriefings.markup());
    check(largest, AdaptiveCardRenderer.standard());
    check(largest, AdaptiveCardRenderer.builder().maxLength(100_000)
        .fullBriefing(b -> java.util.Optional.of(FULL_BRIEFING)).build());
  }

  @Test
  void cardsWithAReplacedSectionHaveNoErrorsForHostileText() {
    AdaptiveCardRenderer figuresAsText = AdaptiveCardRenderer.builder()
        .section(Section.THE_NUMBERS, (briefing, card) -> {
          card.section("Key figures");
          for (Figure figure : briefing.figures()) {
            card.text(figure.value(), figure.label()).fact(figure.label(), figure.value());
          }
        })
        .build();
    check(BriefingGenerator.hostileBriefings(100, 16L).toList(), figuresAsText);
  }

  private static void check(List<Briefing> briefings, AdaptiveCardRenderer renderer) {
    List<String> cards = briefings.stream().map(renderer::render).toList();
    JsonNode report = NodeOracle.run("check-cards.js", cards);
    for (int i = 0; i < cards.size(); i++) {
      JsonNode card = report.get(i);
      String which = "card " + i + " of " + cards.size();
      assertThat(cards.get(i).length()).as(which).isLessThanOrEqualTo(renderer.maxLength());
      assertThat(card.get("parse")).as("%s parse events", which).isEmpty();
      assertThat(card.get("validation")).as("%s validation events", which).isEmpty();
      assertThat(card.get("lost")).as("%s properties the library does not know", which).isEmpty();
      for (JsonNode text : card.get("markdown")) {
        List<String> tags = new ArrayList<>();
        text.get("tags").forEach(t -> tags.add(t.asText()));
        assertThat(OWN_TAGS).as("%s: markdown-it tags %s of %s", which, tags, text.get("text")).containsAll(tags);
      }
      Set<String> links = new java.util.HashSet<>(Set.of(FULL_BRIEFING.toString()));
      briefings.get(i).metadata().sources().forEach(s -> links.add(s.url().normalize().toASCIIString()));
      for (JsonNode action : card.get("actions")) {
        assertThat(action.get("type").asText()).as(which).isEqualTo("Action.OpenUrl");
        assertThat(action.get("url").asText()).as(which).matches("https?://.*").isIn(links);
      }
    }
  }
}
