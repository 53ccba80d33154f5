package dev.briefing.hardening.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Impact;
import dev.briefing.hardening.support.BenignBriefing;
import dev.briefing.hardening.support.RequiredFormats;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Validation takes time linear in the input whatever its violations: 10 times as many impacts
 * in falling order (each one out of order, and out of range) take well under 25 times as long,
 * validated directly and read from JSON (every default read validates). The bound is a ratio
 * of two times taken in one run, each the best of several, so it holds on a busy machine; a
 * validator quadratic in its violations gives about 100. Each time counts as at least a
 * millisecond, below which the ratio measures the clock rather than the validator.
 */
class ValidationScalingTest {
  private static final int SMALL = 10_000;
  private static final int LARGE = 100_000;
  private static final double MAX_RATIO = 25;
  private static final double FLOOR_MILLIS = 1;

  @Test
  void validatingTenTimesTheFallingImpactsTakesLessThanTwentyFiveTimesAsLong() {
    Briefing small = falling(SMALL);
    Briefing large = falling(LARGE);
    double smallMillis = best(() -> BriefingValidator.standard().validate(small));
    double largeMillis = best(() -> BriefingValidator.standard().validate(large));

    report("validate", smallMillis, largeMillis);
    assertThat(ratio(smallMillis, largeMillis)).isLessThan(MAX_RATIO);
  }

  @Test
  void readingTenTimesTheFallingImpactsFromJsonTakesLessThanTwentyFiveTimesAsLong() {
    String small = RequiredFormats.renderer("json").render(falling(SMALL));
    String large = RequiredFormats.renderer("json").render(falling(LARGE));
    double smallMillis = best(() -> read(small));
    double largeMillis = best(() -> read(large));

    report("JSON read", smallMillis, largeMillis);
    assertThat(read(large)).as("the read refuses the briefing for its rules").startsWith("BriefingValidationException");
    assertThat(ratio(smallMillis, largeMillis)).isLessThan(MAX_RATIO);
  }

  /** Orders from {@code count} down to 1: every impact after the first is out of order. */
  private static Briefing falling(int count) {
    List<Impact> impacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      impacts.add(Impact.of(count - i, "Impact " + i + "."));
    }
    return BenignBriefing.create().withImpacts(impacts);
  }

  private static String read(String json) {
    try {
      RequiredFormats.parser("json").parseAll(new StringReader(json)).forEach(b -> { });
      return "read";
    } catch (BriefingException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static double best(Supplier<?> work) {
    for (int i = 0; i < 2; i++) {
      work.get();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      work.get();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best / 1e6;
  }

  private static double ratio(double small, double large) {
    return Math.max(large, FLOOR_MILLIS) / Math.max(small, FLOOR_MILLIS);
  }

  private static void report(String what, double small, double large) {
    System.out.printf(Locale.ROOT, "%s of %,d and %,d falling impacts: %.2f ms and %.2f ms (x%.1f)%n",
        what, SMALL, LARGE, small, large, large / small);
  }
}
