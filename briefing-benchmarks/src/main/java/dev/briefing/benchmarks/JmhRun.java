package dev.briefing.benchmarks;

import dev.briefing.benchmarks.report.Scores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of one profile and keeps their scores as
 * {@code SimpleClass.method/workload}. Our side of a benchmark is left out when its format is
 * not on the class path, so the baselines run on their own before the formats are merged.
 *
 * <pre>{@code
 * Scores scores = new Scores();
 * JmhRun.steady(Profile.SMOKE, Path.of("target/jmh.log"), ".*", scores);
 * }</pre>
 */
public final class JmhRun {
  private static final String STEADY =
      "dev\\.briefing\\.benchmarks\\.(JsonWrite|JsonRead|HtmlRender|EmailRender|JsonLdRender|AtomRender|TextRender|ChatRender|Parse|Validation)Benchmark\\.";
  private static final String COLD = "dev\\.briefing\\.benchmarks\\.ValidatorCreationBenchmark\\.";

  private JmhRun() {}

  /**
   * Runs the warmed-up benchmarks.
   *
   * @param profile how long
   * @param log where JMH's own output goes
   * @param filter a regular expression the benchmark's full name must also contain
   * @param scores receives the scores
   * @return notes on what was left out
   * @throws RunnerException when JMH cannot run at all
   */
  public static List<String> steady(Profile profile, Path log, String filter, Scores scores) throws RunnerException {
    List<String> notes = new ArrayList<>();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(steadyPattern(filter))
        .forks(profile.forks())
        .warmupIterations(profile.warmupIterations())
        .warmupTime(TimeValue.milliseconds(profile.warmupMillis()))
        .measurementIterations(profile.iterations())
        .measurementTime(TimeValue.milliseconds(profile.iterationMillis()))
        .shouldFailOnError(false)
        .output(log.toString());
    excludeMissing(options, notes, "json", "JsonWriteBenchmark.ours", "JsonReadBenchmark.ours");
    excludeMissing(options, notes, "html", "HtmlRenderBenchmark.ours", "HtmlRenderBenchmark.oursWithJsonLd");
    excludeMissing(options, notes, "email", "EmailRenderBenchmark.ours");
    excludeMissing(options, notes, "jsonld", "JsonLdRenderBenchmark.ours");
    excludeMissing(options, notes, "atom", "AtomRenderBenchmark.ours");
    excludeMissing(options, notes, "markdown", "TextRenderBenchmark.oursMarkdown");
    excludeMissing(options, notes, "text", "TextRenderBenchmark.oursText");
    collect(new Runner(options.build()).run(), scores);
    return notes;
  }

  /**
   * @param filter a regular expression, {@code .*} for all
   * @return the include pattern for the steady benchmarks the filter also matches
   */
  static String steadyPattern(String filter) {
    // JMH matches with find(): the look-ahead keeps the steady set and narrows it to the filter.
    return filter.equals(".*") ? STEADY : "(?=.*(?:" + filter + "))" + STEADY;
  }

  /**
   * Runs the cold-start benchmarks: one invocation in each of {@code profile.coldForks()} fresh JVMs.
   *
   * @param profile how many forks
   * @param log where JMH's own output goes
   * @param scores receives the mean over the forks, in ms
   * @throws RunnerException when JMH cannot run at all
   */
  public static void cold(Profile profile, Path log, Scores scores) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(COLD)
        .mode(Mode.SingleShotTime)
        .forks(profile.coldForks())
        .warmupIterations(0)
        .measurementIterations(1)
        .shouldFailOnError(false)
        .output(log.toString());
    collect(new Runner(options.build()).run(), scores);
  }

  private static void excludeMissing(ChainedOptionsBuilder options, List<String> notes, String format, String... methods) {
    boolean present = OurFormats.canWrite(format) || OurFormats.canRead(format);
    if (!present) {
      for (String method : methods) {
        options.exclude("\\." + method.replace(".", "\\.") + "$");
      }
      notes.add("format '" + format + "' is not on the class path (have " + OurFormats.names() + "): "
          + String.join(", ", methods) + " not run");
    }
  }

  private static void collect(Collection<RunResult> results, Scores scores) {
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      // A run over another input than the workload's own (ValidationBenchmark's falling impacts)
      // is kept apart, so that it does not stand in for the workload's row.
      String falling = params.getParam("fallingImpacts");
      String variant = falling == null || falling.equals("0") ? "" : "/falling=" + falling;
      for (String key : keys(params.getBenchmark(), params.getParam("workload"), params.getParam(OurRenderer.FORMAT))) {
        scores.put(key + variant, result.getPrimaryResult().getScore());
      }
    }
  }

  /**
   * @param benchmark the benchmark's full name
   * @param workload its workload parameter, or null
   * @param format its format parameter, or null
   * @return {@code Class.method/workload}, and {@code Class.method/format/workload} as well
   *     where the benchmark has a format, which tells apart the formats of one class
   */
  static List<String> keys(String benchmark, String workload, String format) {
    String[] parts = benchmark.split("\\.");
    String method = parts[parts.length - 2] + "." + parts[parts.length - 1];
    String suffix = workload == null ? "" : "/" + workload;
    return format == null ? List.of(method + suffix) : List.of(method + suffix, method + "/" + format + suffix);
  }
}
