package dev.briefing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

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
}
