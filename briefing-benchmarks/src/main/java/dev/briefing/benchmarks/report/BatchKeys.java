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

  /** The converter on one thread, the reference of the several-thread row. */
  public static final String CONVERTER_ONE = "converter1";
  /** The converter on two threads. */
  public static final String CONVERTER_TWO = "converter2";
  /**
   * Two converters on one thread each, in two JVMs at once, each given half the batch: their
   * summed rate is what two threads could at best reach on the machine.
   */
  public static final String CONVERTER_ONE_SIDE_BY_SIDE = "converter1x2";

  /**
   * @param impl {@code ours}, {@code baseline}, {@link #CONVERTER_ONE} or {@link #CONVERTER_TWO}
   * @param count how many briefings
   * @return the key of the output's CRC-32C, as a number
   */
  public static String checksum(String impl, long count) {
    return "batch." + impl + ".outputCrc32c/" + count;
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
