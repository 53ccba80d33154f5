package dev.briefing.benchmarks;

import dev.briefing.core.Quantity;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Quantity.parse} alone, over typical figure values and a few that are not quantities;
 * the score is the average per value. The JSON reader pays one parse per figure it checks.
 *
 * <pre>{@code
 * java -cp briefing-benchmarks/target/benchmarks.jar org.openjdk.jmh.Main QuantityParseBenchmark -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class QuantityParseBenchmark {
  private static final String[] VALUES = {
    "$2.5 billion", "40%", "1,200", "€3.4bn", "~12 GW", "Q3 2025", "2.1x", "350,000 tonnes", "unknown",
    "$72.3B", "2,300–5,000", "18 months"
  };

  /**
   * @param blackhole keeps every result alive
   */
  @Benchmark
  @OperationsPerInvocation(12)
  public void parse(Blackhole blackhole) {
    for (String value : VALUES) {
      blackhole.consume(Quantity.parse(value));
    }
  }
}
