package dev.briefing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkloadTest {

  @ParameterizedTest
  @EnumSource(Workload.class)
  void everyWorkloadIsAValidBriefing(Workload workload) {
    assertThat(BriefingValidator.standard().validate(workload.briefing())).isEmpty();
  }

  @Test
  void theSeedWorkloadIsTheCoreSeed() {
    assertThat(Workload.named("seed").briefing()).isEqualTo(SeedBriefing.briefing());
  }

  @Test
  void theLargeWorkloadHas200FiguresAnd50WatchItemsAndLongParagraphs() {
    Briefing large = Workload.named("large").briefing();

    assertThat(large.figures()).hasSize(200);
    assertThat(large.watchItems()).hasSize(50);
    assertThat(large.whatHappened().split("\n\n")).hasSize(8).allSatisfy(p -> assertThat(p.length()).isGreaterThan(500));
    assertThat(large.metadata().isEmpty()).isFalse();
  }

  @Test
  void theLargeWorkloadHoldsCharactersEveryEscaperMustHandle() {
    String text = Workload.LARGE.briefing().whatHappened();

    assertThat(text).contains("&", "<", "\"", "'", "’", "“");
  }
}
