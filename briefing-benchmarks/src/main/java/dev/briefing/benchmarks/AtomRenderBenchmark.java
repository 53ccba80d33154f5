package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.RomeAtom;
import dev.briefing.core.Briefing;
import java.util.List;
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
 * An Atom feed of {@value FeedWorkload#ENTRIES} briefings: the {@code atom} format, which
 * streams (ROME writes the head once and each entry alone), against ROME used directly on a
 * {@code SyndFeed} that holds them all.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --only jmh --jmh AtomRender
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AtomRenderBenchmark {
  /** Which briefing the feed's entries are made from. */
  @Param({"seed", "large"})
  public String workload;

  /** The format {@link OurRenderer} renders. */
  @Param({"atom"})
  public String format;

  private List<Briefing> briefings;
  private final RomeAtom rome = new RomeAtom();

  /** Builds the input once per trial. */
  @Setup
  public void setUp() {
    briefings = FeedWorkload.of(Workload.named(workload));
  }

  /**
   * @param ours our renderer
   * @return the feed
   */
  @Benchmark
  public String ours(OurRenderer ours) {
    StringBuilder out = new StringBuilder(16384);
    ours.renderer.renderAll(briefings.stream(), out);
    return out.toString();
  }

  /** @return the feed from ROME */
  @Benchmark
  public String rome() {
    return rome.render(briefings);
  }
}
