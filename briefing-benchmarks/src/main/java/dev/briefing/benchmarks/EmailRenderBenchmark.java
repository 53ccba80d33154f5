package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.JteEmail;
import dev.briefing.core.Briefing;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A briefing to an email's HTML: the {@code email} format against the same layout from a
 * precompiled jte template, which has none of the format's size fitting (the large workload is
 * over 100 KB and is shortened by ours), bidirectional isolation or link policy.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh EmailRenderBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EmailRenderBenchmark {
  /** Which briefing to render. */
  @Param({"seed", "large"})
  public String workload;

  /** The format {@link OurRenderer} renders. */
  @Param({"email"})
  public String format;

  private Briefing briefing;
  private final JteEmail jte = new JteEmail();

  /** Builds the input once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
  }

  /**
   * @param ours our renderer
   * @return the email's HTML
   */
  @Benchmark
  public String ours(OurRenderer ours) {
    return ours.renderer.render(briefing);
  }

  /** @return the email's HTML from the jte template */
  @Benchmark
  public String jte() {
    return jte.render(briefing);
  }
}
