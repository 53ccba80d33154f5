package dev.briefing.benchmarks;

import java.util.List;

/**
 * How long the suite runs. {@link #SHORT} fits in about ten minutes on two cores;
 * {@link #SMOKE} (one fork, one short iteration) only proves that everything runs, for CI.
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
 * @param cliRuns hyperfine runs per command
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
    int cliRuns) {

  /** The profile bench/run.sh runs by default. */
  public static final Profile SHORT = new Profile("short", 1, 3, 1000, 3, 1000, 5, List.of(10_000L, 1_000_000L), 10);

  /** One fork, one short iteration of everything: a check that it all runs, not a measurement. */
  public static final Profile SMOKE = new Profile("smoke", 1, 1, 100, 1, 200, 1, List.of(1_000L, 10_000L), 3);
}
