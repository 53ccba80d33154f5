/**
 * The one table the suite prints: each benchmark, our score, the baselines beside it with the
 * ratio, and whether the target is met.
 *
 * <pre>{@code
 * Scores scores = new Scores();
 * scores.put("JsonWriteBenchmark.ours/seed", 1.9);
 * String table = ResultTable.render(Layout.rows(scores, List.of(10_000L)));
 * }</pre>
 */
package dev.briefing.benchmarks.report;
