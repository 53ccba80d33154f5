package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static dev.briefing.cli.testing.InProcess.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.InProcess;
import dev.briefing.cli.testing.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir
  Path dir;

  @Test
  void convertsStandardInputToStandardOutput() {
    Outcome outcome = withInput("Signal one\tHappened one\n", "convert", "--from", "test-tab", "--to", "test-shout");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEqualTo("SIGNAL ONE\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void aDashReadsStandardInput() {
    Outcome outcome = withInput("a\tb\n", "convert", "--from", "test-tab", "--to", "test-tab", "-");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).isEqualTo("a\tb\n");
  }

  @Test
  void takesTheFormatsFromTheFileExtensions() throws IOException {
    Path in = Files.writeString(dir.resolve("in.tab"), "Anthropic’s signal\t2,300–5,000 日本語\n");
    Path out = dir.resolve("out.tabs");

    Outcome outcome = run("convert", in.toString(), "-o", out.toString());

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("Anthropic’s signal\t2,300–5,000 日本語\n");
  }

  @Test
  void severalInputsConvertAsOneBatchInOrder() throws IOException {
    Path first = Files.writeString(dir.resolve("1.tabs"), "a\tA\nb\tB\n");
    Path second = Files.writeString(dir.resolve("2.tab"), "c\tC\n");

    Outcome outcome = run("convert", first.toString(), second.toString(), "--to", "test-shout");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEqualTo("A\nB\nC\n");
  }

  @Test
  void anOutputDirectoryGetsOneFilePerInput() throws IOException {
    Path first = Files.writeString(dir.resolve("first.tab"), "a\tA\n");
    Path second = Files.writeString(dir.resolve("second.tab"), "b\tB\n");
    Path out = Files.createDirectory(dir.resolve("out"));

    Outcome outcome = run("convert", first.toString(), second.toString(), "--to", "test-shout", "-o", out.toString());

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(Files.readString(out.resolve("first.shout"))).isEqualTo("A\n");
    assertThat(Files.readString(out.resolve("second.shout"))).isEqualTo("B\n");
  }

  @Test
  void aFormatErrorIsOneLineWithFileLineAndColumnAndStatusOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.tabs"), "a\tA\nno tab here\n");

    Outcome outcome = run("convert", bad.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: " + bad + ":2:12: briefing 2: expected a tab\n");
  }

  @Test
  void aFormatErrorOnStandardInputNamesIt() {
    Outcome outcome = withInput("a\tA\nno tab\n", "convert", "--from", "test-tabs", "--to", "test-tab");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: <stdin>:2:7: briefing 2: expected a tab\n");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.tab"), "no tab here\n");

    Outcome outcome = run("convert", "--verbose", bad.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("briefing: " + bad + ":1:12: expected a tab\n")
        .contains("dev.briefing.core.BriefingFormatException", "\tat ");
  }

  @Test
  void verboseIsAlsoAcceptedBeforeTheCommand() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.tab"), "no tab here\n");

    Outcome outcome = run("--verbose", "convert", bad.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).contains("\tat ");
  }

  @Test
  void aFailedConversionLeavesNoOutputFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.tabs"), "a\tA\nno tab here\n");
    Path out = dir.resolve("out.tab");

    Outcome outcome = run("convert", bad.toString(), "-o", out.toString());

    assertThat(outcome.status()).isEqualTo(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.tabs");
    }
  }

  @Test
  void aMissingInputIsStatusOneWithAPlainMessage() {
    Path missing = dir.resolve("missing.tab");

    Outcome outcome = run("convert", missing.toString(), "--to", "test-tab");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: Could not read " + missing + ": no such file\n");
  }

  @Test
  void withoutToOrAnOutputFileTheTargetIsAUsageError() {
    Outcome outcome = withInput("a\tA\n", "convert", "--from", "test-tab");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("briefing convert: Missing --to FORMAT (known formats: ")
        .contains("test-tab").hasLineCount(1);
  }

  @Test
  void anUnknownTargetIsAUsageErrorListingTheFormats() {
    Outcome outcome = withInput("a\tA\n", "convert", "--from", "test-tab", "--to", "xml");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("briefing convert: Unknown format 'xml' given to --to; known formats: ")
        .contains("test-shout").hasLineCount(1);
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void aWriteOnlySourceIsAUsageError() {
    Outcome outcome = withInput("a\tA\n", "convert", "--from", "test-shout", "--to", "test-tab");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("briefing convert: Format 'test-shout' given to --from cannot be read; readable formats: ")
        .contains("test-tab");
  }

  @Test
  void anOutputFileWithAnUnknownExtensionNeedsTo() {
    Outcome outcome = withInput("a\tA\n", "convert", "--from", "test-tab", "-o", dir.resolve("out.xyz").toString());

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).contains("Cannot tell the format to write from", "give --to FORMAT");
  }

  @Test
  void standardInputCanBeReadOnlyOnce() {
    Outcome outcome = withInput("a\tA\n", "convert", "--from", "test-tab", "--to", "test-tab", "-", "-");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).contains("Standard input ('-') can be read only once");
  }

  @Test
  void manyBriefingsStreamThrough() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      input.append("signal ").append(i).append("\thappened ").append(i).append('\n');
    }

    Outcome outcome = withInput(input.toString(), "convert", "--from", "test-tabs", "--to", "test-tabs");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).isEqualTo(input.toString());
  }

  @Test
  void inputThatIsNotUtf8IsStatusOneNotSilentlyReplaced() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.tab"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', 'x', '\n'});

    Outcome outcome = run("convert", latin1.toString(), "--to", "test-tab");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: " + latin1 + ": not UTF-8 text; convert it to UTF-8 first\n");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void standardInputThatIsNotUtf8IsStatusOne() {
    Outcome outcome = InProcess.withInput(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', 'x', '\n'},
        "convert", "--from", "test-tab", "--to", "test-tab");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: <stdin>: not UTF-8 text; convert it to UTF-8 first\n");
  }

  @Test
  void onATerminalABatchShowsProgressOnStandardErrorClearsItAndSumsUp() throws IOException {
    Path first = Files.writeString(dir.resolve("1.tab"), "a\tA\n");
    Path second = Files.writeString(dir.resolve("2.tab"), "b\tB\n");

    Outcome outcome = InProcess.onTerminal("convert", first.toString(), second.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).isEqualTo("A\nB\n");
    assertThat(outcome.err()).contains("input 1/2", "input 2/2", "% of 8 B", first.toString())
        .containsPattern("\r *\r2 briefings, 0 repairs, 0 warnings, 0 failures in \\d+\\.\\d s\n$");
    assertThat(outcome.err().indexOf('\n')).isEqualTo(outcome.err().length() - 1);
  }

  @Test
  void redirectedStandardErrorGetsNoProgressAndNoSummary() throws IOException {
    Path first = Files.writeString(dir.resolve("1.tab"), "a\tA\n");
    Path second = Files.writeString(dir.resolve("2.tab"), "b\tB\n");

    Outcome outcome = run("convert", first.toString(), second.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).isEqualTo("A\nB\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void onATerminalASingleFileOfAManyDocumentFormatShowsProgress() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.tabs"), "a\tA\nb\tB\n");

    Outcome outcome = InProcess.onTerminal("convert", batch.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).isEqualTo("A\nB\n");
    assertThat(outcome.err()).contains(batch.toString()).containsPattern("2 briefings, .* s\n$");
  }

  @Test
  void onATerminalASingleFileShowsNoProgress() throws IOException {
    Path one = Files.writeString(dir.resolve("1.tab"), "a\tA\n");

    Outcome outcome = InProcess.onTerminal("convert", one.toString(), "--to", "test-shout");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.err()).isEmpty();
  }
}
