package dev.briefing.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Uses the model from another package, as a caller would: no generated type is named. */
class PublicApiTest {

  @Test
  void buildsWithBuildersAndShortFactories() {
    Briefing briefing = Briefing.builder()
        .title("Karpathy joins Anthropic")
        .signal("Talent, not scale.")
        .whatHappened("A move.")
        .addImpacts(Impact.of(1, "Gains."))
        .addFigures(Figure.builder().value("$380B").label("Valuation").source("TechCrunch").asOf("2026").build())
        .addWatchItems(WatchItem.of("Shift", "Announcements."))
        .metadata(Metadata.builder()
            .id("k-1")
            .published(OffsetDateTime.parse("2026-02-10T09:00:00+01:00"))
            .language(Locale.forLanguageTag("en-US"))
            .addAuthors("Desk")
            .addTags("ai")
            .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/")))
            .build())
        .build();

    assertThat(briefing.title()).contains("Karpathy joins Anthropic");
    assertThat(briefing.impacts()).containsExactly(Impact.of(1, "Gains."));
    assertThat(briefing.figures().get(0).source()).contains("TechCrunch");
    assertThat(briefing.metadata().language()).contains(Locale.US);
  }

  @Test
  void withCopiesChangeOnePartAndLeaveTheOriginal() {
    Briefing seed = SeedBriefing.briefing();
    Briefing retitled = seed.withTitle("New");
    assertThat(retitled.title()).contains("New");
    assertThat(seed.title()).isEmpty();
    assertThat(retitled.withTitle(java.util.Optional.empty())).isEqualTo(seed);
    assertThat(Impact.of(1, "a").withOrder(2)).isEqualTo(Impact.of(2, "a"));
    assertThat(WatchItem.of("a", "b").withDescription("c")).isEqualTo(WatchItem.of("a", "c"));
  }

  @Test
  void equalityAndHashCodeAreByValue() {
    assertThat(SeedBriefing.briefing()).isEqualTo(SeedBriefing.briefing()).hasSameHashCodeAs(SeedBriefing.briefing());
    assertThat(SeedBriefing.briefing()).isNotEqualTo(SeedBriefing.briefing().withSignal("other"));
    assertThat(Figure.of("1", "a")).isNotEqualTo(Figure.of("1", "a").withSource("s"));
    assertThat(SeedBriefing.briefing().toString()).startsWith("Briefing{").contains("signal=Andrej Karpathy");
  }

  @Test
  void listsKeepTheOrderGivenAndCannotBeModified() {
    List<Impact> given = new ArrayList<>(List.of(Impact.of(3, "c"), Impact.of(1, "a"), Impact.of(2, "b")));
    Briefing briefing = Briefing.builder().signal("s").whatHappened("w").impacts(given).build();
    given.clear();

    assertThat(briefing.impacts()).extracting(Impact::order).containsExactly(3, 1, 2);
    assertThatThrownBy(() -> briefing.impacts().add(Impact.of(4, "d"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> briefing.figures().add(Figure.of("1", "a"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> briefing.metadata().tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingRequiredPartsAreNamed() {
    assertThatThrownBy(() -> Briefing.builder().signal("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("whatHappened");
    assertThatThrownBy(() -> Figure.builder().label("l").build())
        .hasMessageContaining("value");
  }

  @Test
  void nullsAreRefusedWithTheFieldName() {
    assertThatThrownBy(() -> Briefing.builder().signal(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("signal");
    assertThatThrownBy(() -> Impact.of(1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> Briefing.builder().addImpacts((Impact) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("impacts");
    assertThatThrownBy(() -> SeedBriefing.briefing().withTitle((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
  }

  @Test
  void smallValuesHaveBuildersAsWellAsShortFactories() {
    assertThat(Impact.builder().order(2).text("Gains.").build()).isEqualTo(Impact.of(2, "Gains."));
    assertThat(WatchItem.builder().title("Shift").description("Announcements.").build())
        .isEqualTo(WatchItem.of("Shift", "Announcements."));
    assertThat(dev.briefing.core.Location.builder().line(3).column(17).build())
        .isEqualTo(dev.briefing.core.Location.at(3, 17));
  }

  @Test
  void metadataDefaultsToEmpty() {
    Briefing briefing = Briefing.builder().signal("s").whatHappened("w").build();
    assertThat(briefing.metadata()).isSameAs(Metadata.empty());
    assertThat(briefing.metadata().isEmpty()).isTrue();
    assertThat(Metadata.builder().addTags("t").build().isEmpty()).isFalse();
  }
}
