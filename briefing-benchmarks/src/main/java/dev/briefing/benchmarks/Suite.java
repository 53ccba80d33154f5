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
import java.util.List;
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

  private static void batch(Profile profile, Path log, Scores scores, List<String> notes) throws Exception {
    Files.deleteIfExists(log);
    boolean ours = OurFormats.canRead("ndjson") && OurFormats.canWrite("html");
    if (!ours) {
      notes.add("formats 'ndjson' and 'html' are needed for our batch (have " + OurFormats.names() + "): not run");
    }
    for (long count : profile.batchCounts()) {
      for (String impl : ours ? List.of("ours", "baseline") : List.of("baseline")) {
        if (impl.equals("baseline") && count > profile.baselineBatchLimit()) {
          notes.add("baseline batch of " + count + " not run in profile " + profile.name() + " (time budget; --full runs it)");
          continue;
        }
        progress("batch " + impl + ", " + count + " briefings, -Xmx64m (log: " + log + ")");
        if (!BatchRun.run(impl, count, log, scores)) {
          notes.add("batch " + impl + " of " + count + " failed, see " + log);
        }
      }
      if (ours) {
        for (int threads = 1; threads <= 2; threads++) {
          String key = threads == 1 ? BatchKeys.CONVERTER_ONE : BatchKeys.CONVERTER_TWO;
          progress("batch converter on " + threads + " thread(s), " + count + " briefings, -Xmx64m (log: " + log + ")");
          if (!BatchRun.run(key, count, log, scores, "--impl", "converter", "--threads", String.valueOf(threads))) {
            notes.add("batch converter on " + threads + " thread(s) of " + count + " failed, see " + log);
          }
        }
      }
    }
  }

  private static void progress(String message) {
    System.err.println("== " + message);
  }
}
