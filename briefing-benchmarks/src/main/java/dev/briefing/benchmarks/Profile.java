package dev.briefing.benchmarks;

import java.util.List;

/**
 * How long the suite runs. {@link #SHORT} fits in about ten minutes on two cores;
 * {@link #FULL} takes longer and gives tighter numbers; {@link #SMOKE} (one fork, one short
 * iteration) only proves that everything runs, for CI, and judges no target.
 *
 * <pre>{@code
 * Profile profile = smoke ? Profile.SMOKE : Profile.SHORT;
 * }</pre>
 *
 * @param name the profile's name
 * @param forks JMH forks per benchmark
 * @param warmupIterations warm-up iterations per fork
 * @param warmupMillis length of each warm-up iteration
 * @param iterations measured iterations per fork
 * @param iterationMillis length of each measured iteration
 * @param coldForks fresh JVMs for each cold-start measurement
 * @param batchCounts the numbers of briefings the batch converts, smallest first
 * @param baselineBatchLimit the largest batch the baseline also converts (time budget)
 * @param shortBatchTrials how many times each batch of at most 100k briefings runs, its median
 *     kept: a short batch is mostly warm-up, and one run of it as noisy as the machine; larger
 *     batches run once
 * @param cliRuns hyperfine runs per command
 * @param judge whether the numbers are good enough to judge the targets by
 */
public record Profile(
    String name,
    int forks,
    int warmupIterations,
    int warmupMillis,
    int iterations,
    int iterationMillis,
    int coldForks,
    List<Long> batchCounts,
    long baselineBatchLimit,
    int shortBatchTrials,
    int cliRuns,
    boolean judge) {

  /**
   * The profile bench/run.sh runs by default; the baseline batch runs at every size, 1M
   * included, and each 10k batch five times.
   */
  public static final Profile SHORT =
      new Profile("short", 1, 3, 1000, 3, 1000, 5, List.of(10_000L, 1_000_000L), Long.MAX_VALUE, 5, 10, true);

  /** Two forks, five iterations, every batch for the baseline too: about 25 minutes. */
  public static final Profile FULL =
      new Profile("full", 2, 5, 1000, 5, 1000, 10, List.of(10_000L, 1_000_000L), Long.MAX_VALUE, 7, 20, true);

  /** One fork, one short iteration of everything: a check that it all runs, not a measurement. */
  public static final Profile SMOKE =
      new Profile("smoke", 1, 1, 100, 1, 200, 1, List.of(1_000L, 10_000L), Long.MAX_VALUE, 1, 3, false);
}
