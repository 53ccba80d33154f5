package dev.briefing.benchmarks.report;

import java.util.List;
import java.util.Optional;

/**
 * One line of the table.
 *
 * <pre>{@code
 * Row row = new Row("JSON write", "seed", "µs/op", Optional.of(1.9),
 *     List.of(new Row.Baseline("streaming", Optional.of(1.7))), "≤1.2× streaming", Optional.of(true));
 * }</pre>
 *
 * @param benchmark what is measured
 * @param workload on which input
 * @param unit the unit of every number in the row
 * @param ours our score, if measured
 * @param baselines the baselines' scores
 * @param target the target, or {@code "–"}
 * @param met whether the target is met, if it could be judged
 */
public record Row(
    String benchmark,
    String workload,
    String unit,
    Optional<Double> ours,
    List<Baseline> baselines,
    String target,
    Optional<Boolean> met) {

  /** @return this row with no verdict, for runs too short to judge by */
  public Row unjudged() {
    return new Row(benchmark, workload, unit, ours, baselines, target, Optional.empty());
  }

  /**
   * A baseline's score.
   *
   * @param name what the baseline is
   * @param score its score, if measured
   */
  public record Baseline(String name, Optional<Double> score) {}
}
