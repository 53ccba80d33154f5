package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code convert} will not write, and how it says so before anything is lost. */
class ConvertRefusalTest {

  @TempDir
  Path dir;

  @Test
  void anInvalidBriefingIsNotWrittenAndEveryViolationIsNamedWithFileBriefingAndPath() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.tabs"), "A.\tB.\n \tX.\nC.\t \n");
    Path out = dir.resolve("out.tabs");

    Outcome outcome = run("convert", batch.toString(), "-o", out.toString());

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo(batch + ": briefing 2: $.signal: must not be blank\n"
        + batch + ": briefing 3: $.whatHappened: must not be blank\n"
        + "briefing: 2 briefings are invalid; nothing was written (give --no-validate to write them anyway)\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void noValidateWritesAnInvalidBriefingAnyway() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.tabs"), "A.\tB.\n \tX.\n");
    Path out = dir.resolve("out.tabs");

    Outcome outcome = run("convert", "--no-validate", batch.toString(), "-o", out.toString());

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(Files.readString(out)).isEqualTo("A.\tB.\n \tX.\n");
  }

  @Test
  void severalBriefingsIntoAOneDocumentFormatAreRefusedWithAHintToAManyDocumentOne() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.tabs"), "A.\tB.\nC.\tD.\n");
    Path out = dir.resolve("out.tab");

    Outcome outcome = run("convert", batch.toString(), "-o", out.toString());

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: " + batch + ": briefing 2: format 'test-tab' holds one briefing,"
        + " but there are more; write a format that holds many, such as atom or jsonfeed or ndjson or rss or test-jsonl or test-shout or test-tabs\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void twoInputsWithTheSameNameIntoADirectoryAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path first = Files.writeString(Files.createDirectory(dir.resolve("a")).resolve("x.tab"), "A.\tB.\n");
    Path second = Files.writeString(Files.createDirectory(dir.resolve("b")).resolve("x.tab"), "C.\tD.\n");
    Path site = Files.createDirectory(dir.resolve("site"));

    Outcome outcome = run("convert", first.toString(), second.toString(), "--to", "test-tabs", "-o", site.toString());

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("briefing convert: Inputs '" + first + "' and '" + second
        + "' would both be written to '" + site.resolve("x.tabs") + "'; nothing was written").hasLineCount(1);
    try (Stream<Path> files = Files.list(site)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anOutputWhoseExtensionNamesAnotherFormatIsWrittenWithAWarning() throws IOException {
    Path in = Files.writeString(dir.resolve("in.tab"), "A.\tB.\n");
    Path out = dir.resolve("out.tab");

    Outcome outcome = run("convert", in.toString(), "--to", "test-shout", "-o", out.toString());

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).isEqualTo("briefing convert: warning: writing test-shout into '" + out
        + "', whose extension is test-tab's\n");
    assertThat(Files.readString(out)).isEqualTo("A.\n");
  }

  @Test
  void aMissingOutputDirectoryIsNamedAsTheProblem() throws IOException {
    Path in = Files.writeString(dir.resolve("in.tab"), "A.\tB.\n");
    Path out = dir.resolve("missing").resolve("out.tab");

    Outcome outcome = run("convert", in.toString(), "-o", out.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: Could not write " + out + ": " + dir.resolve("missing")
        + ": the directory does not exist\n");
  }
}
