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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link BatchConversion} in a fresh JVM with {@code -Xmx64m} for each implementation and
 * batch size, and keeps throughput and heap high-water mark in {@link Scores}.
 *
 * <pre>{@code
 * BatchRun.run("ours", 10_000, Path.of("target/batch.log"), scores);
 * }</pre>
 */
public final class BatchRun {
  private BatchRun() {}

  /**
   * @param impl {@code ours} or {@code baseline}
   * @param count how many briefings
   * @param log the file the child's output is appended to
   * @param scores receives the results
   * @return whether the run succeeded
   * @throws IOException when the JVM cannot be started
   * @throws InterruptedException when interrupted while waiting for it
   */
  public static boolean run(String impl, long count, Path log, Scores scores) throws IOException, InterruptedException {
    return run(impl, count, log, scores, "--impl", impl);
  }

  /**
   * @param key the implementation's name in {@link BatchKeys}
   * @param count how many briefings
   * @param log the file the child's output is appended to
   * @param scores receives the results
   * @param implementation the child's arguments that choose what it runs, such as {@code --impl converter --threads 2}
   * @return whether the run succeeded
   * @throws IOException when the JVM cannot be started
   * @throws InterruptedException when interrupted while waiting for it
   */
  public static boolean run(String key, long count, Path log, Scores scores, String... implementation)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        BatchConversion.class.getName(), "--count", String.valueOf(count)));
    command.addAll(List.of(implementation));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    Files.writeString(log, output, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    if (exit != 0) {
      return false;
    }
    Map<String, String> values = parse(output.lines().filter(l -> l.startsWith("impl=")).reduce((a, b) -> b).orElse(""));
    if (!values.containsKey("mbPerSecond")) {
      return false;
    }
    scores.put(BatchKeys.throughput(key, count), Double.parseDouble(values.get("mbPerSecond")));
    scores.put(BatchKeys.heap(key, count), Double.parseDouble(values.get("heapAfterGcMb")));
    if (values.containsKey("outputCrc32c")) {
      scores.put(BatchKeys.checksum(key, count), (double) Long.parseLong(values.get("outputCrc32c"), 16));
    }
    return true;
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
