package dev.briefing.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter terminal = new StringWriter();

  @Test
  void startingAnInputDrawsTheBarTheCountAndTheInputOnOneLine() {
    Progress progress = Progress.on(new PrintWriter(terminal), 4);

    progress.startInput("a.json");
    progress.startInput("b.json");

    assertThat(terminal.toString()).isEqualTo(
        "\r[........................] 1/4 inputs, 0 briefings  a.json"
        + "\r[######..................] 2/4 inputs, 0 briefings  b.json");
  }

  @Test
  void aSingleInputShowsOnlyTheCount() {
    Progress progress = Progress.on(new PrintWriter(terminal), 1);

    progress.startInput("batch.ndjson");
    progress.briefing();

    assertThat(terminal.toString()).startsWith("\r0 briefings  batch.ndjson").endsWith("\r1 briefing  batch.ndjson ");
  }

  @Test
  void finishingBlanksTheLineItDrew() {
    Progress progress = Progress.on(new PrintWriter(terminal), 1);
    progress.startInput("x");

    progress.finish();

    String drawn = "0 briefings  x";
    assertThat(terminal.toString()).endsWith("\r" + " ".repeat(drawn.length()) + "\r");
  }

  @Test
  void noneDrawsNothing() {
    Progress none = Progress.none();

    none.startInput("x");
    none.briefing();
    none.finish();

    assertThat(terminal.toString()).isEmpty();
  }
}
