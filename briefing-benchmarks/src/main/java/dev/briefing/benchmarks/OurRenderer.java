package dev.briefing.benchmarks;

import dev.briefing.core.format.BriefingRenderer;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Our renderer of the format a render benchmark names in its {@code format} parameter, looked
 * up by name as an application would. A state of its own, so that the benchmark's baselines run
 * even when the format is not on the class path (JMH makes it only for the {@code ours} rows).
 *
 * <pre>{@code
 * @Param({"email"}) public String format;
 *
 * @Benchmark
 * public String ours(OurRenderer ours) {
 *   return ours.renderer.render(briefing);
 * }
 * }</pre>
 */
@State(Scope.Benchmark)
public class OurRenderer {
  /** The name of the parameter that holds the format. */
  public static final String FORMAT = "format";

  BriefingRenderer renderer;

  /**
   * @param params the benchmark's parameters, its {@value #FORMAT} among them
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    String format = params.getParam(FORMAT);
    if (format == null) {
      throw new IllegalStateException(params.getBenchmark() + " has no @Param " + FORMAT);
    }
    renderer = OurFormats.renderer(format);
  }
}
