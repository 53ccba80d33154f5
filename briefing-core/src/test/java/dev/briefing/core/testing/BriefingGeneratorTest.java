package dev.briefing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingGeneratorTest {

  @Test
  void editorialPartsAreAddedToTheSameOnePointZeroBriefingsAndValidate() {
    List<Briefing> plain = BriefingGenerator.validBriefings(200, 5).toList();
    List<Briefing> editorial = BriefingGenerator.validEditorialBriefings(200, 5).toList();

    for (int i = 0; i < plain.size(); i++) {
      assertThat(withoutEditorialParts(editorial.get(i))).as("briefing %d", i).isEqualTo(plain.get(i));
      assertThat(BriefingValidator.standard().validate(editorial.get(i))).as("briefing %d", i).isEmpty();
    }
    assertThat(editorial.get(1).alternativeViews()).as("the full briefing has every part").isNotEmpty();
    assertThat(editorial.get(1).signalLikelihood()).isPresent();
    assertThat(editorial.get(1).watchItems().get(0).signposts()).isNotEmpty();
    assertThat(editorial.get(0)).as("the minimal briefing stays minimal").isEqualTo(plain.get(0));
  }

  private static Briefing withoutEditorialParts(Briefing briefing) {
    return Briefing.builder().from(briefing)
        .signalLikelihood(java.util.Optional.empty())
        .signalConfidence(java.util.Optional.empty())
        .signalHorizon(java.util.Optional.empty())
        .alternativeViews(List.of())
        .impacts(briefing.impacts().stream().map(i -> Impact.of(i.order(), i.text())).toList())
        .watchItems(briefing.watchItems().stream().map(w -> WatchItem.of(w.title(), w.description())).toList())
        .build();
  }
}
