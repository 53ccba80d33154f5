package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

  @Test
  void listsEveryRegisteredFormatWithMediaTypeAbilitiesAndExtensions() {
    Outcome outcome = run("formats");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out().lines().findFirst()).hasValueSatisfying(header ->
        assertThat(header.split("\\s{2,}")).containsExactly("FORMAT", "MEDIA TYPE", "READ", "WRITE", "EXTENSIONS"));
    assertThat(outcome.out().lines().map(line -> String.join("|", line.trim().split("\\s{2,}"))))
        .contains(
            "test-shout|text/x-test-shout|no|yes|.shout",
            "test-tab|text/x-test-tab|yes|yes|.tab",
            "test-tabs|text/x-test-tabs|yes|yes|.tabs",
            "test-jsonl|application/x-test-jsonl|yes|yes|.jsonlines");
  }

  @Test
  void listsFormatsSortedByName() {
    Outcome outcome = run("formats");

    assertThat(outcome.out().lines().skip(1).map(line -> line.split(" ")[0]).toList()).isSorted();
  }
}
