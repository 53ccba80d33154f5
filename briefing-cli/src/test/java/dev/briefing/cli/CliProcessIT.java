package dev.briefing.cli;

import static dev.briefing.cli.testing.JarProcess.jarWithTestFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.briefing.cli.testing.Outcome;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees of the command as a process: signals, pipes, memory, broken providers. */
class CliProcessIT {

  @TempDir
  Path dir;

  @Test
  void sigtermDuringALongBatchRemovesTheTemporaryFileAndLeavesTheTargetAsItWas() throws Exception {
    Path batch = batch(1_000_000);
    Path target = Files.writeString(dir.resolve("out.tabs"), "old\tresult\n");
    Path err = dir.resolve("stderr.txt");

    Process process = jarWithTestFormats().start(dir, err, "convert", batch.toString(), "-o", target.toString());
    process.getOutputStream().close();
    Path temp = awaitTemporaryFile(process);
    process.destroy(); // SIGTERM

    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(temp).doesNotExist();
    assertThat(names()).doesNotContainPattern("\\.tmp");
    assertThat(Files.readString(target)).isEqualTo("old\tresult\n");
  }

  @Test
  void aClosedPipeEndsTheCommandQuietly() throws Exception {
    Path batch = batch(200_000);
    Path err = dir.resolve("stderr.txt");

    Process process = jarWithTestFormats().start(dir, err, "convert", batch.toString(), "--to", "test-tabs");
    process.getOutputStream().close();
    String first;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      first = out.readLine(); // then closed, as `| head -1` does
    }

    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(first).isEqualTo("signal 0\thappened 0");
    assertThat(Files.readString(err)).isEmpty();
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void runningOutOfMemorySaysWhatRanOutWithoutAStackTraceAndExitsThree() throws Exception {
    Files.writeString(dir.resolve("huge.greedy"), "anything\n");

    Outcome outcome = jarWithTestFormats().withProvider(dir, "dev.briefing.cli.testing.GreedyFormat")
        .jvm("-Xmx32m").run(dir, "convert", "huge.greedy", "--to", "test-tabs");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(3);
    assertThat(outcome.err()).startsWith("briefing: out of memory (Java heap space) while reading huge.greedy with at most ")
        .endsWith(" MiB of heap; give Java more, e.g. JAVA_OPTS=-Xmx2g\n")
        .doesNotContain("\tat ", "Exception in thread");
  }

  @Test
  void aBrokenFormatProviderIsOneLineNamingItAndExitsThree() throws Exception {
    Outcome outcome = jarWithTestFormats().withProvider(dir, "dev.briefing.cli.testing.BrokenFormat").run(dir, "formats");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(3);
    assertThat(outcome.err()).isEqualTo("briefing: The format provider dev.briefing.cli.testing.BrokenFormat could not be"
        + " loaded: could not be instantiated (java.lang.IllegalStateException: built for another version);"
        + " remove it from the class path or fix it\n");
  }

  @Test
  void onAPseudoTerminalABatchShowsProgressAndASummaryWhileItsOutputGoesToAFile() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux script, to give the command a terminal");
    Path batch = batch(50_000);
    Path out = dir.resolve("out.tabs");
    String command = jarWithTestFormats().command("convert", batch.toString(), "-o", out.toString()).stream()
        .map(argument -> "'" + argument.replace("'", "'\\''") + "'")
        .collect(Collectors.joining(" "));
    Path transcript = dir.resolve("transcript.txt");

    Process process = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(transcript.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();

    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String terminal = Files.readString(transcript);
    assertThat(process.exitValue()).as(terminal).isZero();
    assertThat(terminal).contains("% of ", " briefings, ", "/s", batch.toString())
        .containsPattern("50,000 briefings, 0 repairs, 0 warnings, 0 failures in \\d+(\\.\\d)? s");
    assertThat(Files.readString(out)).isEqualTo(Files.readString(batch));
  }

  private Path batch(int briefings) throws IOException {
    Path batch = dir.resolve("batch.tabs");
    try (BufferedWriter out = Files.newBufferedWriter(batch)) {
      for (int i = 0; i < briefings; i++) {
        out.write("signal " + i + "\thappened " + i + "\n");
      }
    }
    return batch;
  }

  private Path awaitTemporaryFile(Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try (Stream<Path> files = Files.list(dir)) {
        Path temp = files.filter(p -> p.getFileName().toString().matches("\\.out\\.tabs\\d+\\.tmp")).findFirst().orElse(null);
        if (temp != null && Files.size(temp) > 0) {
          return temp;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no temporary file appeared while the batch ran: " + names());
  }

  private String names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
