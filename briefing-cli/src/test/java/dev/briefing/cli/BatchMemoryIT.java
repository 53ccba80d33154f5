package dev.briefing.cli;

import static dev.briefing.cli.testing.JarProcess.jarWithTestFormats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More briefing text than the heap can hold goes through the jar with {@code -Xmx64m}: only a
 * pipeline that streams one briefing at a time can finish. Uses the test formats, so it runs
 * without the real ones.
 */
class BatchMemoryIT {

  private static final int PER_FILE = 25_000;
  private static final int FILES = 4;
  private static final String PADDING = "x".repeat(700);

  @TempDir
  static Path dir;

  @BeforeAll
  static void writeTheBatch() throws Exception {
    // 4 files of 25,000 briefings of about 730 characters: some 73 MB of text.
    for (int file = 0; file < FILES; file++) {
      try (Writer out = Files.newBufferedWriter(dir.resolve("part" + file + ".tabs"), StandardCharsets.UTF_8)) {
        for (int i = 0; i < PER_FILE; i++) {
          out.append("Signal ").append(String.valueOf(file * PER_FILE + i)).append(' ').append(PADDING)
              .append('\t').append("Happened ").append(String.valueOf(i)).append('\n');
        }
      }
    }
  }

  @Test
  void severalLargeInputsConvertIntoOneFileWithA64MbHeap() throws Exception {
    Outcome outcome = jarWithTestFormats().jvm("-Xmx64m")
        .run(dir, "convert", "part0.tabs", "part1.tabs", "part2.tabs", "part3.tabs", "-o", "all.tabs");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(lineCount(dir.resolve("all.tabs"))).isEqualTo((long) FILES * PER_FILE);
  }

  @Test
  void aLargeStandardInputConvertsToStandardOutputWithA64MbHeap() throws Exception {
    Path all = dir.resolve("all-stdin.tabs");
    try (Writer out = Files.newBufferedWriter(all, StandardCharsets.UTF_8)) {
      for (int file = 0; file < FILES; file++) {
        out.write(Files.readString(dir.resolve("part" + file + ".tabs")));
      }
    }
    Path converted = dir.resolve("stdout.tabs");

    Outcome outcome = jarWithTestFormats().jvm("-Xmx64m").stdinFrom(all).stdoutTo(converted)
        .run(dir, "convert", "--from", "test-tabs", "--to", "test-tabs");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(Files.mismatch(all, converted)).isEqualTo(-1L);
  }

  private static long lineCount(Path file) throws Exception {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return in.lines().count();
    }
  }
}
