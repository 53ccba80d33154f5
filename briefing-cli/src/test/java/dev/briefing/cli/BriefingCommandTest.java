package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import org.junit.jupiter.api.Test;

class BriefingCommandTest {

  @Test
  void helpListsTheCommandsAndTheExitStatuses() {
    Outcome outcome = run("--help");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).contains("Usage: briefing", "convert", "validate", "formats", "example",
        "Exit status:", "2  usage error");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    Outcome outcome = run("convert", "--help");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).contains("Usage: briefing convert", "--from=FORMAT", "--to=FORMAT", "INPUT");
  }

  @Test
  void helpAskedBeforeACommandIsTheTopHelpListingEveryCommand() {
    Outcome outcome = run("-h", "example");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEqualTo(run("--help").out())
        .contains("convert", "validate", "formats", "example", "diff", "lint");
  }

  @Test
  void aCommandAfterVerboseHasItsOwnHelp() {
    Outcome outcome = run("--verbose", "lint", "--help");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).startsWith("Usage: briefing lint");
  }

  @Test
  void versionNamesTheCommandAndTheJava() {
    Outcome outcome = run("--version");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).startsWith("briefing ").contains("Java " + Runtime.version());
  }

  @Test
  void noCommandIsAUsageError() {
    Outcome outcome = run();

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo(
        "briefing: Missing command: convert, validate, formats or example (see 'briefing --help')\n");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLine() {
    Outcome outcome = run("convert", "--bogus");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo(
        "briefing convert: Unknown option: '--bogus' (see 'briefing convert --help')\n");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Outcome outcome = run("transmogrify");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).contains("transmogrify").hasLineCount(1);
  }
}
