package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static dev.briefing.cli.testing.InProcess.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads N} changes how long a batch takes, nothing else: the generated corpus as
 * NDJSON converts byte for byte as on one thread into every format, and a batch with an invalid
 * briefing and a broken line in the middle fails with the same output, messages and status.
 */
class ParallelConvertTest {

  private static final FormatRegistry FORMATS = FormatRegistry.loadDefault();
  private static final String CORPUS = Stream.concat(Stream.of(SeedBriefing.briefing()),
          BriefingGenerator.validBriefings(400, 31))
      .map(FORMATS.renderer("ndjson")::render)
      .collect(Collectors.joining());

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"ndjson", "test-jsonl"})
  void convertsTheGeneratedCorpusAsOneThreadDoes(String to) throws IOException {
    Path input = Files.writeString(dir.resolve("corpus.ndjson"), CORPUS);

    Outcome one = run("convert", input.toString(), "--to", to, "--threads", "1");
    Outcome four = run("convert", input.toString(), "--to", to, "--threads", "4");

    assertThat(one.status()).as(one.toString()).isZero();
    assertThat(four).isEqualTo(one);
    assertThat(one.out().lines()).hasSize(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "markdown", "text", "json", "ndjson"})
  void theConverterWritesEveryFormatOfTheCorpusAsOneThreadDoes(String to) {
    // Pages one after another: each built-in page format made many-document for the batch.
    FormatRegistry formats = FORMATS.with(manyDocument(FORMATS.byName(to)));

    assertThat(convert(formats, to, 3)).isEqualTo(convert(formats, to, 1)).isNotEmpty();
  }

  @Test
  void aBatchBrokenInTheMiddleFailsWithTheSameOutputMessagesAndStatus() {
    List<String> lines = new ArrayList<>(CORPUS.lines().toList());
    lines.set(79, FORMATS.renderer("ndjson").render(SeedBriefing.briefing().withSignal(" ")).strip());
    lines.set(149, "{\"signal\": 3}");
    String input = String.join("\n", lines) + "\n";

    for (String command : List.of("convert", "validate")) {
      String[] to = command.equals("convert") ? new String[] {"--to", "ndjson"} : new String[0];
      Outcome one = withInput(input, args(command, "1", to));
      Outcome four = withInput(input, args(command, "4", to));

      assertThat(one.status()).as(one.toString()).isEqualTo(1);
      assertThat(one.err() + one.out()).contains("briefing 80").contains("150");
      assertThat(four).as(command).isEqualTo(one);
    }
  }

  @Test
  void fewerThanOneThreadIsAUsageError() {
    Outcome outcome = withInput(CORPUS, "convert", "--to", "ndjson", "--threads", "0");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(2);
    assertThat(outcome.err()).contains("--threads must be at least 1, not 0");
  }

  private static String[] args(String command, String threads, String... more) {
    List<String> all = new ArrayList<>(List.of(command, "--threads", threads, "-"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static String convert(FormatRegistry formats, String to, int threads) {
    StringBuilder out = new StringBuilder();
    Converter.using(formats).withThreads(threads).convert(new StringReader(CORPUS), "ndjson", out, to);
    return out.toString();
  }

  private static BriefingFormat manyDocument(BriefingFormat format) {
    return new BriefingFormat() {
      @Override
      public String name() {
        return format.name();
      }

      @Override
      public String mediaType() {
        return format.mediaType();
      }

      @Override
      public List<String> extensions() {
        return format.extensions();
      }

      @Override
      public boolean multiDocument() {
        return true;
      }

      @Override
      public Optional<BriefingRenderer> renderer() {
        return format.renderer();
      }

      @Override
      public Optional<BriefingParser> parser() {
        return format.parser();
      }
    };
  }

}
