package dev.briefing.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every number one run measured, by key: {@code Class.method/workload} for JMH results
 * (time per operation in the benchmark's unit; also {@code Class.method/format/workload} for a
 * benchmark with a {@code format} parameter), and {@code batch.*} and {@code cli.*} for the
 * measurements made outside JMH.
 *
 * <pre>{@code
 * Scores scores = new Scores();
 * scores.put("JsonWriteBenchmark.ours/seed", 1.9);
 * Optional<Double> ours = scores.get("JsonWriteBenchmark.ours/seed");
 * }</pre>
 */
public final class Scores {
  private final Map<String, Double> byKey = new LinkedHashMap<>();

  /**
   * @param key the measurement's key
   * @param value its value
   */
  public void put(String key, double value) {
    byKey.put(key, value);
  }

  /**
   * @param key a key
   * @return the value, if it was measured
   */
  public Optional<Double> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** @return every key and value, in the order measured */
  public Map<String, Double> asMap() {
    return Map.copyOf(byKey);
  }

  @Override
  public String toString() {
    return byKey.toString();
  }
}
