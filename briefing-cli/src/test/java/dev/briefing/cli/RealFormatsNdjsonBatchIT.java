package dev.briefing.cli;

import static dev.briefing.cli.testing.JarProcess.jar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 briefings in NDJSON through the jar with a 64 MB heap: the batch must stream, one
 * briefing at a time. Needs briefing-json's ndjson format.
 */
class RealFormatsNdjsonBatchIT {

  private static final int COUNT = 100_000;

  @TempDir
  static Path dir;

  @BeforeAll
  static void writeTheBatch() throws Exception {
    BriefingRenderer ndjson = FormatRegistry.loadDefault().renderer("ndjson");
    Briefing seed = SeedBriefing.briefing();
    try (Writer out = Files.newBufferedWriter(dir.resolve("batch.ndjson"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < COUNT; i++) {
        // Every thousandth is the full seed; the rest are small but complete, each different.
        Briefing briefing = i % 1000 == 0 ? seed : Briefing.builder()
            .signal("Signal number " + i + ".")
            .whatHappened("Event " + i + " happened.")
            .addImpacts(Impact.of(1, "Impact of " + i + "."))
            .addFigures(Figure.of("$" + i + "M", "Figure " + i))
            .addWatchItems(WatchItem.of("Watch " + i, "Look for " + i + "."))
            .build();
        ndjson.render(briefing, out);
      }
    }
  }

  @Test
  void convertsAHundredThousandBriefingsIntoAFileWithA64MbHeap() throws Exception {
    Outcome outcome = jar().jvm("-Xmx64m").run(dir, "convert", "batch.ndjson", "-o", "out.ndjson");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(lineCount(dir.resolve("out.ndjson"))).isEqualTo(COUNT);
    assertThat(Files.mismatch(dir.resolve("batch.ndjson"), dir.resolve("out.ndjson")))
        .as("json -> model -> json is identical").isEqualTo(-1L);
  }

  @Test
  void convertsAHundredThousandBriefingsFromStandardInputWithA64MbHeap() throws Exception {
    Path out = dir.resolve("stdout.ndjson");

    Outcome outcome = jar().jvm("-Xmx64m").stdinFrom(dir.resolve("batch.ndjson")).stdoutTo(out)
        .run(dir, "convert", "--to", "ndjson");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(lineCount(out)).isEqualTo(COUNT);
  }

  private static long lineCount(Path file) throws Exception {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return in.lines().count();
    }
  }
}
