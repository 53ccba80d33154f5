package dev.briefing.benchmarks.report;

/**
 * The keys under which batch measurements are kept in {@link Scores}.
 *
 * <pre>{@code
 * scores.put(BatchKeys.throughput("ours", 10_000), 61.2);
 * }</pre>
 */
public final class BatchKeys {
  private BatchKeys() {}

  /**
   * @param impl {@code ours} or {@code baseline}
   * @param count how many briefings
   * @return the key of the throughput in MB/s of input
   */
  public static String throughput(String impl, long count) {
    return "batch." + impl + ".mbPerSecond/" + count;
  }

  /**
   * @param impl {@code ours} or {@code baseline}
   * @param count how many briefings
   * @return the key of the heap high-water mark after GC, in MB
   */
  public static String heap(String impl, long count) {
    return "batch." + impl + ".heapMb/" + count;
  }
}
