package dev.briefing.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.core.Violation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void aFormatErrorWithLineAndColumnReadsLikeACompilerMessage() {
    BriefingFormatException e = new BriefingFormatException(Location.at(3, 17), "expected a tab");

    assertThat(Problems.describe(e, "signal.txt")).isEqualTo("signal.txt:3:17: expected a tab");
  }

  @Test
  void theLocationsOwnInputNameWins() {
    BriefingFormatException e = new BriefingFormatException(Location.at(3, 1).withInput("a.json"), "bad");

    assertThat(Problems.describe(e, "<stdin>")).isEqualTo("a.json:3:1: bad");
  }

  @Test
  void aJsonPathFollowsTheLineAndColumn() {
    BriefingFormatException e = new BriefingFormatException(
        Location.at(3, 17).withPath("$.figures[2].value"), "expected a string but was NUMBER");

    assertThat(Problems.describe(e, "b.json"))
        .isEqualTo("b.json:3:17: $.figures[2].value: expected a string but was NUMBER");
  }

  @Test
  void aPathWithoutLineIsGivenAfterTheFile() {
    BriefingFormatException e = new BriefingFormatException(Location.unknown().withPath("$.signal"), "missing");

    assertThat(Problems.describe(e, "b.json")).isEqualTo("b.json: $.signal: missing");
  }

  @Test
  void aSectionIsNamedWhenThereIsNoLine() {
    BriefingFormatException e = new BriefingFormatException(Location.unknown().withSection("The Numbers"), "missing");

    assertThat(Problems.describe(e, "s.txt")).isEqualTo("s.txt: in The Numbers: missing");
  }

  @Test
  void aViolationIsGivenAsAJsonPath() {
    assertThat(Problems.describe(Violation.of("impacts[1].text", "must not be blank"), "s.json", 0))
        .isEqualTo("s.json: $.impacts[1].text: must not be blank");
    assertThat(Problems.describe(Violation.of("", "impacts out of order"), "s.json", 0))
        .isEqualTo("s.json: $: impacts out of order");
  }

  @Test
  void aViolationInABatchNamesTheBriefingsNumber() {
    assertThat(Problems.describe(Violation.of("signal", "must not be blank"), "all.ndjson", 7))
        .isEqualTo("all.ndjson: briefing 7: $.signal: must not be blank");
  }

  @Test
  void otherFailuresKeepTheirMessage() {
    BriefingIOException e = new BriefingIOException("Could not read a.txt", new IOException("no such file"));

    assertThat(Problems.describe(e, "a.txt")).isEqualTo("Could not read a.txt: no such file");
  }
}
