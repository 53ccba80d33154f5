package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import dev.briefing.core.testing.SeedBriefing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Naming the violations takes work linear in the input and bounded by the limits, whatever the
 * violations: the constraint checks are counted, not timed, so the proof holds on any machine.
 * A walk that compared each impact with every other, or checked a list past its limit, would
 * change these counts. The speed itself is measured by ValidationBenchmark.
 */
class ModelRulesWorkTest {

  @Test
  void eachFallingImpactWithinTheLimitAddsTheSameNumberOfChecks() {
    long one = ModelRules.checksRun(falling(1));
    long half = ModelRules.checksRun(falling(Limits.IMPACTS / 2 + 1));
    long full = ModelRules.checksRun(falling(Limits.IMPACTS));

    assertThat(half - one).isPositive();
    assertThat((full - half) * (Limits.IMPACTS / 2)).isEqualTo((half - one) * (Limits.IMPACTS / 2 - 1));
  }

  @Test
  void impactsPastTheLimitAddNoChecks() {
    long atLimit = ModelRules.checksRun(falling(Limits.IMPACTS));

    assertThat(ModelRules.checksRun(falling(10_000))).isEqualTo(atLimit);
    assertThat(ModelRules.checksRun(falling(100_000))).isEqualTo(atLimit);
  }

  @Test
  void theCountedWalkIsTheOneThatNamesTheViolations() {
    Briefing briefing = falling(3);

    // Orders 3, 2, 1: the second and the third are out of order.
    assertThat(ModelRules.violations(briefing)).extracting(v -> v.path())
        .containsExactly("impacts[1].order", "impacts[2].order");
    assertThat(ModelRules.checksRun(briefing)).isGreaterThan(ModelRules.checksRun(falling(2)));
  }

  /** Orders from {@code count} down to 1 (capped at the highest order): every impact after the first is out of order. */
  private static Briefing falling(int count) {
    List<Impact> impacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      impacts.add(Impact.of(Math.max(1, Math.min(Impact.MAX_ORDER, count - i)), "Impact " + i + "."));
    }
    return SeedBriefing.briefing().withImpacts(impacts);
  }
}
