package dev.briefing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.benchmarks.BatchRun.Measured;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BatchRunTest {

  @Test
  void readsTheChildsKeyValueLine() {
    assertThat(BatchRun.parse("impl=ours count=10 mbPerSecond=61.20 heapAfterGcMb=12.5"))
        .containsEntry("impl", "ours")
        .containsEntry("mbPerSecond", "61.20")
        .containsEntry("heapAfterGcMb", "12.5")
        .hasSize(4);
  }

  @Test
  void theMedianIsTheMiddleRunByThroughputWithItsOwnHeapAndChecksum() {
    List<Measured> runs = List.of(run(30, 5), run(10, 6), run(50, 7), run(20, 8), run(40, 9));

    assertThat(BatchRun.median(runs)).contains(run(30, 5));
  }

  @Test
  void theMedianOfAnEvenNumberOfRunsIsTheLowerMiddle() {
    assertThat(BatchRun.median(List.of(run(40, 1), run(10, 2), run(30, 3), run(20, 4)))).contains(run(20, 4));
  }

  @Test
  void noRunsHaveNoMedian() {
    assertThat(BatchRun.median(List.of())).isEmpty();
  }

  private static Measured run(double rate, double heap) {
    return new Measured(rate, heap, OptionalLong.of((long) heap));
  }
}
