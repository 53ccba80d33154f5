package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line the command prints is safe for a terminal and says what to do. */
class MessagesTest {

  private static final String CLEAR_SCREEN = "\u001B[2J";
  private static final String SET_TITLE = "\u001B]0;owned\u0007";

  @TempDir
  Path dir;

  @Test
  void anUnknownCommandListsTheCommands() {
    Outcome outcome = run("frobnicate");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo("briefing: Unknown command 'frobnicate'; commands: convert, validate,"
        + " formats, example, diff, lint (see 'briefing --help')\n");
  }

  @Test
  void controlCharactersInAnErrorAreEscaped() {
    Path missing = dir.resolve("in" + CLEAR_SCREEN + SET_TITLE + ".tab");

    Outcome outcome = run("convert", missing.toString(), "--to", "test-tab");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).doesNotContain("\u001B", "\u0007")
        .contains("in\\u001B[2J\\u001B]0;owned\\u0007.tab");
  }

  @Test
  void controlCharactersInAProblemListOnStandardOutputAreEscaped() throws IOException {
    Path blank = Files.writeString(dir.resolve("b" + CLEAR_SCREEN + ".tab"), " \tx\n");

    Outcome outcome = run("validate", blank.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(dir.resolve("b\\u001B[2J.tab") + ": $.signal: must not be blank\n");
  }

  @Test
  void controlCharactersInAUsageErrorAreEscaped() {
    Outcome outcome = run("convert", "--to", "x" + SET_TITLE);

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).doesNotContain("\u001B").contains("x\\u001B]0;owned\\u0007");
  }
}
