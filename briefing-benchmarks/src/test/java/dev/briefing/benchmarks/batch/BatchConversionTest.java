package dev.briefing.benchmarks.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchConversionTest {

  @Test
  void thePoolHoldsTheSeedAnd63GeneratedBriefings() {
    assertThat(BatchConversion.pool()).hasSize(64).doesNotHaveDuplicates();
  }

  @Test
  void everyPoolBriefingIsOneLineOfJson() {
    List<String> lines = BatchConversion.lines(BatchConversion.pool());

    assertThat(lines).hasSize(64).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}").doesNotContain("\n"));
  }

  @Test
  void theBaselineConvertsEveryBriefingAndCountsBytesInAndOut() {
    BatchConversion.Result result = BatchConversion.run("baseline", 150, 1);

    assertThat(result.count()).isEqualTo(150);
    assertThat(result.inputBytes()).isPositive();
    assertThat(result.outputBytes()).isGreaterThan(150L * "<!DOCTYPE html>".length());
    assertThat(result.line(64_000_000L)).startsWith("impl=baseline threads=1 count=150 inputBytes=" + result.inputBytes() + " ")
        .contains(" mbPerSecond=", " heapAfterGcMb=", " maxHeapMb=64");
  }
}
