package dev.briefing.benchmarks;

import dev.briefing.benchmarks.report.BatchKeys;
import dev.briefing.benchmarks.report.Layout;
import dev.briefing.benchmarks.report.ResultTable;
import dev.briefing.benchmarks.report.Row;
import dev.briefing.benchmarks.report.Scores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the whole suite of one profile and prints one table: JMH benchmarks against their
 * baselines, validator creation in fresh JVMs, the batch conversion with {@code -Xmx64m}, and
 * the CLI end to end. JMH's own output and the children's logs go to the output directory.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar [--smoke|--full] [--only jmh,cold,batch,cli]
 *     [--jmh REGEX] [--repo DIR] [--out DIR]
 * }</pre>
 */
public final class Suite {
  private static final Set<String> PARTS = Set.of("jmh", "cold", "batch", "cli");

  private Suite() {}

  /**
   * @param args see the class comment
   * @throws Exception when a part cannot run at all
   */
  public static void main(String[] args) throws Exception {
    Profile profile = Profile.SHORT;
    Path repository = Path.of("").toAbsolutePath();
    Path out = null;
    Set<String> parts = PARTS;
    String filter = ".*";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> profile = Profile.SMOKE;
        case "--full" -> profile = Profile.FULL;
        case "--repo" -> repository = Path.of(args[++i]).toAbsolutePath();
        case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
        case "--only" -> parts = Set.of(args[++i].split(","));
        case "--jmh" -> filter = args[++i];
        default -> {
          System.err.println("unknown argument " + args[i]
              + "; usage: [--smoke|--full] [--only jmh,cold,batch,cli] [--jmh REGEX] [--repo DIR] [--out DIR]");
          System.exit(2);
        }
      }
    }
    if (out == null) {
      out = repository.resolve("briefing-benchmarks/target/bench");
    }
    Files.createDirectories(out);
    Scores scores = new Scores();
    List<String> notes = new ArrayList<>();
    if (parts.contains("jmh")) {
      progress("JMH benchmarks (log: " + out.resolve("jmh.log") + ")");
      notes.addAll(JmhRun.steady(profile, out.resolve("jmh.log"), filter, scores));
    }
    if (parts.contains("cold")) {
      progress("validator creation in fresh JVMs (log: " + out.resolve("jmh-cold.log") + ")");
      JmhRun.cold(profile, out.resolve("jmh-cold.log"), scores);
    }
    if (parts.contains("batch")) {
      batch(profile, out.resolve("batch.log"), scores, notes);
    }
    if (parts.contains("cli")) {
      progress("CLI end to end with hyperfine");
      CliTiming.measure(repository, profile, out, scores).ifPresent(notes::add);
    }
    List<Row> rows = Layout.rows(scores, profile.batchCounts());
    if (!profile.judge()) {
      rows = rows.stream().map(Row::unjudged).toList();
      notes.add("profile " + profile.name() + " proves that everything runs; its numbers are not measurements");
    }
    String table = ResultTable.render(rows);
    String header = "briefing benchmarks, profile " + profile.name() + ", Java " + Runtime.version()
        + " (" + System.getProperty("java.vm.name") + "), " + Runtime.getRuntime().availableProcessors() + " cores\n\n";
    StringBuilder report = new StringBuilder(header).append(table);
    for (String note : notes) {
      report.append("\nnote: ").append(note);
    }
    report.append('\n');
    Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  /** Batches up to this size run {@link Profile#shortBatchTrials()} times each. */
  private static final long SHORT_BATCH = 100_000;

  /**
   * Each batch size: ours and the baseline on one thread, the converter on one and on two
   * threads, and two one-thread converters side by side in two JVMs, each given half, the rate
   * that nothing shared in one process limits. Short batches run several times, each
   * implementation in turn, so that a slow moment of the machine falls on all of them alike;
   * the median of each is kept.
   */
  private static void batch(Profile profile, Path log, Scores scores, List<String> notes) throws Exception {
    Files.deleteIfExists(log);
    boolean ours = OurFormats.canRead("ndjson") && OurFormats.canWrite("html");
    if (!ours) {
      notes.add("formats 'ndjson' and 'html' are needed for our batch (have " + OurFormats.names() + "): not run");
    }
    for (long count : profile.batchCounts()) {
      Map<String, String[]> implementations = new LinkedHashMap<>();
      if (ours) {
        implementations.put("ours", new String[] {"--impl", "ours"});
      }
      if (count <= profile.baselineBatchLimit()) {
        implementations.put("baseline", new String[] {"--impl", "baseline"});
      } else {
        notes.add("baseline batch of " + count + " not run in profile " + profile.name() + " (time budget; --full runs it)");
      }
      if (ours) {
        implementations.put(BatchKeys.CONVERTER_ONE, new String[] {"--impl", "converter", "--threads", "1"});
        implementations.put(BatchKeys.CONVERTER_TWO, new String[] {"--impl", "converter", "--threads", "2"});
        implementations.put(BatchKeys.CONVERTER_ONE_SIDE_BY_SIDE, implementations.get(BatchKeys.CONVERTER_ONE));
      }
      int trials = count <= SHORT_BATCH ? profile.shortBatchTrials() : 1;
      Map<String, List<BatchRun.Measured>> runs = new LinkedHashMap<>();
      for (int trial = 1; trial <= trials; trial++) {
        for (Map.Entry<String, String[]> implementation : implementations.entrySet()) {
          String key = implementation.getKey();
          boolean sideBySide = key.equals(BatchKeys.CONVERTER_ONE_SIDE_BY_SIDE);
          progress("batch " + key + ", " + count + " briefings" + (sideBySide ? " in two JVMs, half each" : "")
              + ", -Xmx64m, run " + trial + " of " + trials + " (log: " + log + ")");
          Optional<BatchRun.Measured> measured = sideBySide
              ? BatchRun.sideBySide(2, count / 2, log, implementation.getValue())
              : BatchRun.once(count, log, implementation.getValue());
          measured.ifPresentOrElse(m -> runs.computeIfAbsent(key, k -> new ArrayList<>()).add(m),
              () -> notes.add("batch " + key + " of " + count + " failed, see " + log));
        }
      }
      runs.forEach((key, each) -> BatchRun.median(each).ifPresent(m -> m.putInto(key, count, scores)));
      if (trials > 1) {
        notes.add("batches of " + count + ": the median of " + trials + " runs of each, taken in turn");
      }
    }
  }

  private static void progress(String message) {
    System.err.println("== " + message);
  }
}
