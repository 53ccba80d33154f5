package dev.briefing.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ExampleShortcutTest {

  @ParameterizedTest(name = "''{0}'' writes {1}")
  @CsvSource(delimiter = '|', value = {
      "example                           | text     | false",
      "example --to html                 | html     | false",
      "example --to=HTML                 | html     | false",
      "--verbose example --to markdown   | markdown | true",
      "example --verbose --to=json       | json     | true",
      "example --to test-shout           | test-shout | false",
  })
  void aPlainExampleNamesTheFormatToWriteAndRecordsVerbose(String line, String format, boolean verbose) {
    Context context = context(new ByteArrayOutputStream());

    assertThat(ExampleShortcut.target(args(line), context)).contains(format);
    assertThat(context.verbose).isEqualTo(verbose);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {
      "", "formats", "example extra", "example --help", "-h example", "example -V",
      "example --to", "example --to=", "example --to bogus", "example --to html --to text",
      "example --to -h", "example --to @arguments.txt", "--verbose --verbose example",
      "example example", "--verbose", "convert example --to html",
  })
  void anyOtherCommandLineIsLeftToPicocli(String line) {
    assertThat(ExampleShortcut.target(args(line), context(new ByteArrayOutputStream()))).isEmpty();
  }

  @ParameterizedTest(name = "--to {0}")
  @ValueSource(strings = {"text", "html", "markdown", "json", "ndjson", "jsonld", "test-shout"})
  void theShortcutWritesWhatTheCommandWritesThroughPicocli(String format) throws Exception {
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    Context shortcut = context(direct);
    Optional<String> target = ExampleShortcut.target(new String[] {"example", "--to", format}, shortcut);
    ExampleCommand.write(shortcut, target.orElseThrow());

    ByteArrayOutputStream parsed = new ByteArrayOutputStream();
    int status = new CommandLine(new ExampleCommand(context(parsed))).execute("--to", format);

    assertThat(status).isZero();
    assertThat(direct.toString(StandardCharsets.UTF_8)).isNotEmpty()
        .isEqualTo(parsed.toString(StandardCharsets.UTF_8));
  }

  private static String[] args(String line) {
    return line.isBlank() ? new String[0] : line.trim().split(" +");
  }

  private static Context context(ByteArrayOutputStream stdout) {
    Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new ByteArrayOutputStream(), true);
    return new Context(new ByteArrayInputStream(new byte[0]), out, new ClosedPipe(stdout), err, err, false);
  }
}
