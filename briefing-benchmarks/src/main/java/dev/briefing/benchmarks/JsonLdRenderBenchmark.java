package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.JacksonJsonLd;
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
 * A briefing to schema.org JSON-LD: the {@code jsonld} format, which streams through a JSON-P
 * generator, against the same article as a Jackson {@code ObjectNode} tree written by an {@code
 * ObjectMapper}.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --only jmh --jmh JsonLdRender
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JsonLdRenderBenchmark {
  /** Which briefing to render. */
  @Param({"seed", "large"})
  public String workload;

  /** The format {@link OurRenderer} renders. */
  @Param({"jsonld"})
  public String format;

  private Briefing briefing;
  private final JacksonJsonLd tree = new JacksonJsonLd();

  /** Builds the input once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
  }

  /**
   * @param ours our renderer
   * @return the JSON-LD
   */
  @Benchmark
  public String ours(OurRenderer ours) {
    return ours.renderer.render(briefing);
  }

  /** @return the JSON-LD from the Jackson tree */
  @Benchmark
  public String jacksonTree() {
    return tree.render(briefing);
  }
}
