package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static dev.briefing.cli.testing.InProcess.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  @Test
  void validInputsExitZeroAndPrintNothing() throws IOException {
    Path one = Files.writeString(dir.resolve("one.tab"), "A signal.\tWhat happened.\n");
    Path many = Files.writeString(dir.resolve("many.tabs"), "A.\tB.\nC.\tD.\n");

    Outcome outcome = run("validate", one.toString(), many.toString());

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void aRuleBrokenIsOneLineWithTheJsonPathAndStatusOne() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.tab"), " \tWhat happened.\n");

    Outcome outcome = run("validate", blank.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(blank + ": $.signal: must not be blank\n");
  }

  @Test
  void inABatchEachProblemNamesItsBriefing() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.tabs"), "A.\tB.\nC.\t \nE.\tF.\n");

    Outcome outcome = run("validate", batch.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(batch + ": briefing 2: $.whatHappened: must not be blank\n");
  }

  @Test
  void inABatchEachBriefingsWarningsAndRulesAreReportedInOrderUpToABadLine() throws IOException {
    // Briefing 2 is on line 3: briefings are numbered, comments are not.
    Path batch = Files.writeString(dir.resolve("batch.tabs"), "A.\tB.\n# a comment\nC.\t \nno tab\nE.\tF.\n");

    Outcome outcome = run("validate", batch.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo(batch + ":2:1: briefing 2: warning: comment skipped\n");
    assertThat(outcome.out()).isEqualTo(batch + ": briefing 2: $.whatHappened: must not be blank\n"
        + batch + ":4:7: briefing 3: expected a tab\n");
  }

  @Test
  void aSingleDocumentInputIsNotNumberedAndMustHoldOneBriefing() throws IOException {
    Path two = Files.writeString(dir.resolve("two.tab"), "A.\tB.\nC.\tD.\n");

    Outcome outcome = run("validate", two.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(two + ":1:1: expected one briefing but found 2\n");
  }

  @Test
  void aFormatErrorIsReportedWithLineAndColumnAndTheNextInputIsStillChecked() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.tab"), "no tab\n");
    Path blank = Files.writeString(dir.resolve("blank.tab"), " \tx\n");

    Outcome outcome = run("validate", bad.toString(), blank.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(bad + ":1:7: expected a tab\n" + blank + ": $.signal: must not be blank\n");
  }

  @Test
  void warningsArePrintedOnStandardErrorButDoNotFail() throws IOException {
    Path commented = Files.writeString(dir.resolve("commented.tab"), "# a comment\nA.\tB.\n");

    Outcome outcome = run("validate", commented.toString());

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).isEqualTo(commented + ":1:1: warning: comment skipped\n");
  }

  @Test
  void quietLeavesTheWarningsOut() throws IOException {
    Path commented = Files.writeString(dir.resolve("commented.tab"), "# a comment\nA.\tB.\n");

    Outcome outcome = run("validate", "--quiet", commented.toString());

    assertThat(outcome.status()).isZero();
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void readsStandardInputWithFrom() {
    Outcome outcome = withInput(" \tB.\n", "validate", "--from", "test-tab", "-");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo("<stdin>: $.signal: must not be blank\n");
  }

  @Test
  void aMissingFileIsAProblemAndTheNextInputIsStillChecked() throws IOException {
    Path missing = dir.resolve("missing.tab");
    Path blank = Files.writeString(dir.resolve("blank.tab"), " \tx\n");

    Outcome outcome = run("validate", missing.toString(), blank.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo("Could not read " + missing + ": no such file\n"
        + blank + ": $.signal: must not be blank\n");
  }

  @Test
  void noInputIsAUsageError() {
    Outcome outcome = run("validate");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).contains("Missing required parameter", "INPUT").hasLineCount(1);
  }

  @Test
  void inputThatIsNotUtf8IsAProblemAndTheNextInputIsStillChecked() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.tab"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', 'x', '\n'});
    Path blank = Files.writeString(dir.resolve("blank.tab"), " \tx\n");

    Outcome outcome = run("validate", latin1.toString(), blank.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(latin1 + ": not UTF-8 text; convert it to UTF-8 first\n"
        + blank + ": $.signal: must not be blank\n");
  }
}
