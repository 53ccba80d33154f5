package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.testing.SeedBriefing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * However many parts break a rule, the violations named are bounded by the limits: a list over
 * its limit is one violation, and only its first elements up to the limit are checked one by
 * one. That the work stays linear is counted in ModelRulesWorkTest, its speed measured by ValidationBenchmark.
 */
class BoundedViolationsTest {

  @Test
  void aLongFallingListNamesOnlyItsFirstHundredImpacts() {
    List<Impact> falling = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      falling.add(Impact.of(100_000 - i, "impact " + i));
    }
    List<Violation> violations = BriefingValidator.standard().validate(SeedBriefing.briefing().withImpacts(falling));

    assertThat(violations.get(0)).hasToString("impacts: size must be between 0 and 100");
    // Each of the first 100 is above the highest order, and each after the first is out of order.
    assertThat(violations).hasSize(1 + 100 + 99);
    assertThat(violations).extracting(Violation::path).last().isEqualTo("impacts[99].order");
  }

  @Test
  void theSameBrokenPartRepeatedIsBoundedToo() {
    Briefing briefing = SeedBriefing.briefing()
        .withImpacts(Collections.nCopies(100_000, Impact.of(1, " ")))
        .withMetadata(Metadata.builder().authors(Collections.nCopies(100_000, "")).build());

    assertThat(BriefingValidator.standard().validate(briefing)).hasSize(1 + 100 + 1 + 50);
  }

  @Test
  void theMessageNamesTwentyAndCountsTheRest() {
    Briefing briefing = SeedBriefing.briefing().withImpacts(Collections.nCopies(30, Impact.of(1, " ")));

    assertThatThrownBy(() -> BriefingValidator.standard().requireValid(briefing))
        .isInstanceOfSatisfying(BriefingValidationException.class, e -> {
          assertThat(e.violations()).hasSize(30);
          assertThat(e.getMessage()).startsWith("Invalid briefing, 30 problems: impacts[0].text: must not be blank; ")
              .contains("impacts[19].text").doesNotContain("impacts[20].text")
              .endsWith("; and 10 more");
        });
  }
}
