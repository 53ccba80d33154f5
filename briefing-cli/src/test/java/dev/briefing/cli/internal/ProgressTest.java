package dev.briefing.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final long SECOND = 1_000_000_000L;

  private final StringWriter terminal = new StringWriter();
  private long now;

  private Progress progress(int inputs, long totalBytes) {
    return Progress.on(new PrintWriter(terminal), inputs, totalBytes, () -> now);
  }

  @Test
  void showsBytesAndInputsDoneOfTheTotalBriefingsRateAndTimeLeft() {
    Progress progress = progress(4, 4_000_000);
    progress.startInput("a.ndjson");
    now = 2 * SECOND;
    progress.bytes(1_000_000);

    assertThat(terminal.toString()).endsWith(
        "\r25% of 4.0 MB, input 1/4, 0 briefings, 500.0 kB/s, 6 s left  a.ndjson");
  }

  @Test
  void standardInputHasNoTotalSoShowsWhatWasDoneAndTheRate() {
    Progress progress = progress(1, -1);
    progress.startInput("<stdin>");
    progress.briefing(0, 0);
    now = SECOND;
    progress.bytes(2_500);

    assertThat(terminal.toString()).endsWith("\r2.5 kB, 1 briefing, 2.5 kB/s  <stdin>");
  }

  @Test
  void redrawsAtMostTenTimesASecond() {
    Progress progress = progress(1, -1);
    progress.startInput("x");
    for (int i = 0; i < 1000; i++) {
      now += 1_000_000; // a millisecond per briefing: one second in all
      progress.briefing(0, 0);
    }

    assertThat(terminal.toString().chars().filter(c -> c == '\r').count()).isBetween(10L, 12L);
  }

  @Test
  void finishingBlanksTheLineAndPrintsTheSummary() {
    Progress progress = progress(1, -1);
    progress.startInput("x");
    progress.briefing(2, 1);
    progress.briefing(0, 0);
    progress.failure();
    now = 65 * SECOND;

    progress.finish(false);

    String drawn = "0 B, 0 briefings, 0 B/s  x";
    assertThat(terminal.toString()).endsWith("\r" + " ".repeat(drawn.length()) + "\r"
        + "2 briefings, 2 repairs, 1 warning, 1 failure in 1:05" + System.lineSeparator());
  }

  @Test
  void aRunThatFailedWithoutAnInvalidBriefingCountsOneFailure() {
    Progress progress = progress(1, -1);

    progress.finish(true);

    assertThat(terminal.toString()).contains("0 briefings, 0 repairs, 0 warnings, 1 failure in 0.0 s");
  }

  @Test
  void anInputNameIsShownEscaped() {
    progress(1, -1).startInput("\u001B]0;owned\u0007");

    assertThat(terminal.toString()).endsWith("  \\u001B]0;owned\\u0007").doesNotContain("\u001B");
  }

  @Test
  void aLongInputNameLosesItsStartSoTheLineStaysUnderEightyColumns() {
    progress(1, -1).startInput("/very/long/" + "x".repeat(100));

    String line = terminal.toString().substring(1);
    assertThat(line).doesNotContain("\u001B").endsWith("x".repeat(40)).hasSize(79);
  }

  @Test
  void noneDrawsNothing() {
    Progress none = Progress.none();

    none.startInput("x");
    none.bytes(10);
    none.briefing(1, 1);
    none.finish(true);

    assertThat(terminal.toString()).isEmpty();
  }
}
