package dev.briefing.benchmarks;

import dev.briefing.benchmarks.batch.BatchConversion;
import dev.briefing.benchmarks.report.BatchKeys;
import dev.briefing.benchmarks.report.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs {@link BatchConversion} in fresh JVMs with {@code -Xmx64m}, and keeps throughput, heap
 * high-water mark and the output's checksum in {@link Scores}. A short batch is over in about
 * two seconds, most of them the compiler's warm-up, so that one run of it says more about the
 * machine's moment than about the code: {@link #median} keeps the median of several runs.
 *
 * <pre>{@code
 * BatchRun.Measured once = BatchRun.once(10_000, Path.of("target/batch.log"), "--impl", "ours").orElseThrow();
 * BatchRun.Measured both = BatchRun.sideBySide(2, 5_000, log, "--impl", "converter").orElseThrow();
 * }</pre>
 */
public final class BatchRun {
  private BatchRun() {}

  /**
   * What one run (or several side by side) measured.
   *
   * @param mbPerSecond MB of input per second of wall-clock time, summed over runs side by side
   * @param heapMb the heap high-water mark after GC, the largest of runs side by side
   * @param checksum the output's CRC-32C, when every run side by side wrote the same bytes
   */
  public record Measured(double mbPerSecond, double heapMb, OptionalLong checksum) {

    /**
     * @param key the implementation's name in {@link BatchKeys}
     * @param count the batch size
     * @param scores where the measurements go
     */
    public void putInto(String key, long count, Scores scores) {
      scores.put(BatchKeys.throughput(key, count), mbPerSecond);
      scores.put(BatchKeys.heap(key, count), heapMb);
      checksum.ifPresent(crc -> scores.put(BatchKeys.checksum(key, count), (double) crc));
    }
  }

  /**
   * @param count how many briefings
   * @param log the file the child's output is appended to
   * @param implementation the child's arguments that choose what it runs, such as {@code --impl converter --threads 2}
   * @return what it measured, or empty when it failed (its output is in the log)
   * @throws IOException when the JVM cannot be started
   * @throws InterruptedException when interrupted while waiting for it
   */
  public static Optional<Measured> once(long count, Path log, String... implementation)
      throws IOException, InterruptedException {
    return sideBySide(1, count, log, implementation);
  }

  /**
   * Runs {@code copies} JVMs at once, each converting {@code countEach} briefings: on a machine
   * of that many cores, the rate that nothing shared in one process limits, which a conversion
   * on as many threads can at best reach.
   *
   * @param copies how many JVMs run at once
   * @param countEach how many briefings each converts
   * @param log the file the children's output is appended to
   * @param implementation the children's arguments
   * @return the sum of their rates, or empty when one failed
   * @throws IOException when a JVM cannot be started
   * @throws InterruptedException when interrupted while waiting for them
   */
  public static Optional<Measured> sideBySide(int copies, long countEach, Path log, String... implementation)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        BatchConversion.class.getName(), "--count", String.valueOf(countEach)));
    command.addAll(List.of(implementation));
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
    }
    List<Map<String, String>> results = new ArrayList<>();
    boolean failed = false;
    for (Process process : processes) {
      // Each child's output is small (one line, or a stack trace), so reading them in turn blocks none.
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      Files.writeString(log, output, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      Map<String, String> values = parse(output.lines().filter(l -> l.startsWith("impl=")).reduce((a, b) -> b).orElse(""));
      failed |= exit != 0 || !values.containsKey("mbPerSecond");
      results.add(values);
    }
    if (failed) {
      return Optional.empty();
    }
    double rate = results.stream().mapToDouble(v -> Double.parseDouble(v.get("mbPerSecond"))).sum();
    double heap = results.stream().mapToDouble(v -> Double.parseDouble(v.get("heapAfterGcMb"))).max().orElseThrow();
    List<String> checksums = results.stream().map(v -> v.get("outputCrc32c")).distinct().toList();
    OptionalLong checksum = checksums.size() == 1 && checksums.get(0) != null
        ? OptionalLong.of(Long.parseLong(checksums.get(0), 16)) : OptionalLong.empty();
    return Optional.of(new Measured(rate, heap, checksum));
  }

  /**
   * @param runs what several runs of the same implementation measured
   * @return the run of median throughput (the lower middle of an even number), with its own
   *     heap and checksum; empty when there is none
   */
  public static Optional<Measured> median(List<Measured> runs) {
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    List<Measured> sorted = runs.stream().sorted(Comparator.comparingDouble(Measured::mbPerSecond)).toList();
    return Optional.of(sorted.get((sorted.size() - 1) / 2));
  }

  static Map<String, String> parse(String line) {
    Map<String, String> values = new HashMap<>();
    for (String pair : line.split(" ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return values;
  }
}
