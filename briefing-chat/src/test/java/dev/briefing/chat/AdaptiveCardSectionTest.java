package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.briefing.chat.testing.CardText;
import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import java.util.ArrayList;
import java.util.List;
import dev.briefing.core.Figure;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The card's sections replaced through its builder: the rest of the card exactly the golden
 * card, the replaced section's text escaped as the built-in ones are.
 */
class AdaptiveCardSectionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The figures as text blocks, each value in bold before its label. */
  private static final SectionWriter<CardOutput> FIGURES_AS_TEXT = (briefing, card) -> {
    card.section("Key *figures*");
    for (Figure figure : briefing.figures()) {
      card.text(figure.value(), figure.label());
    }
  };

  @Test
  void theStandardCardIsTheGoldenWholeAndShortened() {
    Briefing seed = SeedBriefing.briefing();

    assertThat(AdaptiveCardRenderer.standard().render(seed)).isEqualTo(golden("seed.card.json"));
    assertThat(AdaptiveCardRenderer.builder().maxLength(2_000)
        .fullBriefing(b -> Optional.of(URI.create("https://x.example/a"))).build().render(seed))
        .isEqualTo(golden("seed.2k.card.json"));
  }

  @Test
  void theSeedsEditorialEditionIsItsGoldenCard() {
    assertThat(AdaptiveCardRenderer.standard().render(SeedBriefing.editorialBriefing()))
        .isEqualTo(golden("seed-1.1.card.json"));
  }

  @Test
  void theModel11PartsAreSubtleTextBlocksInTheLabelsLanguageAndHostileTextInThemStaysText() throws IOException {
    String hostile = "**bold** [click](https://evil.example) <at>x</at> # h";
    Briefing seed = SeedBriefing.editorialBriefing();
    Briefing briefing = seed
        .withAlternativeViews(AlternativeView.builder().text(hostile).likelihood(Likelihood.UNLIKELY).build())
        .withWatchItems(seed.watchItems().get(0).withSignposts(Signpost.builder().indicator(hostile).build()));
    SectionLabels german = SectionLabels.german();
    JsonNode card = JSON.readTree(AdaptiveCardRenderer.builder().options(RenderOptions.builder().labels(german).build()).build()
        .render(briefing));

    List<String> notes = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (JsonNode container : card.get("body")) {
      for (JsonNode item : container.get("items")) {
        if (!item.has("text")) {
          continue; // the figures' FactSet
        }
        CardText.Reading reading = CardText.read(item.get("text").asText());
        assertThat(reading.problems()).as(item.toString()).isEmpty();
        shown.add(reading.visible());
        if (item.path("isSubtle").asBoolean()) {
          notes.add(reading.visible());
        }
      }
    }
    assertThat(notes).contains(german.likelihood() + ": likely · " + german.confidence() + ": moderate · "
            + german.horizon() + ": P18M",
        german.likelihood() + ": unlikely",
        german.indicator() + ": " + hostile + " · " + german.status() + ": " + german.statusWord(SignpostStatus.OPEN));
    assertThat(shown).contains(german.alternativeViews(), hostile);
  }

  @Test
  void replacingTheNumbersChangesTheirContainerAlone() throws IOException {
    Briefing seed = SeedBriefing.briefing();
    JsonNode card = JSON.readTree(AdaptiveCardRenderer.builder().section(Section.THE_NUMBERS, FIGURES_AS_TEXT).build()
        .render(seed));
    JsonNode expected = JSON.readTree(golden("seed.card.json"));
    int numbers = containerHeaded(expected, "The Numbers");
    JsonNode replaced = card.get("body").get(numbers);
    ((ArrayNode) expected.get("body")).set(numbers, replaced);

    assertThat(card).isEqualTo(expected);
    assertThat(replaced.get("items").get(0).get("text").asText()).isEqualTo("Key \\*figures\\*");
    assertThat(replaced.get("items").get(1).get("text").asText())
        .isEqualTo("**$72.3B** Total capital raised by Anthropic to date");
    assertThat(replaced.get("items")).hasSize(1 + seed.figures().size());
  }

  @ParameterizedTest
  @EnumSource(Section.class)
  void anySectionCanBeReplacedAndIsWrittenOnlyWhenTheBriefingHasIt(Section section) {
    AdaptiveCardRenderer marked = AdaptiveCardRenderer.builder()
        .section(section, (briefing, card) -> card.section("Replaced").text("replaced " + section.ordinal()))
        .build();
    Briefing seed = SeedBriefing.briefing();

    assertThat(marked.render(seed).contains("replaced " + section.ordinal())).isEqualTo(section.isPresentIn(seed));
    assertThat(marked.render(seed.withTitle("T"))).contains(section == Section.TITLE ? "replaced 0" : "\"text\":\"T\"");
  }

  @Test
  void aReplacedSectionLinksOnlyWhatTheLinkPolicyAllows() {
    String card = AdaptiveCardRenderer.builder()
        .section(Section.SIGNAL, (briefing, out) -> out.section("Read").link("Here", URI.create("javascript:alert(1)"))
            .link("There", URI.create("https://news.example/a")))
        .build().render(SeedBriefing.briefing());

    assertThat(card).contains("{\"type\":\"Action.OpenUrl\",\"title\":\"There\",\"url\":\"https://news.example/a\"}")
        .contains("{\"title\":\"Here\",\"value\":\"javascript:alert(1)\"}")
        .doesNotContain("\"url\":\"javascript");
  }

  private static int containerHeaded(JsonNode card, String heading) {
    JsonNode body = card.get("body");
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).get("items").get(0).get("text").asText().equals(heading)) {
        return i;
      }
    }
    throw new AssertionError("no container headed " + heading);
  }

  static String golden(String name) {
    try (InputStream in = AdaptiveCardSectionTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
