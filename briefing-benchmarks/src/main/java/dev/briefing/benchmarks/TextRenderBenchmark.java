package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.UnescapedMarkdown;
import dev.briefing.benchmarks.baseline.UnescapedText;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
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
 * A briefing to plain text and to Markdown: our renderers against the floor of appending the
 * same layout's strings to a StringBuilder without escaping. Target: within 2 times the floor.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh TextRenderBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TextRenderBenchmark {
  /** Which briefing to render. */
  @Param({"seed", "large"})
  public String workload;

  private Briefing briefing;

  /** Builds the input once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
  }

  /** Our text renderer, kept apart so that the floors run even when it is not on the class path. */
  @State(Scope.Benchmark)
  public static class OursText {
    BriefingRenderer renderer;

    /** Looks the renderer up by name. */
    @Setup
    public void setUp() {
      renderer = OurFormats.renderer("text");
    }
  }

  /** Our Markdown renderer, kept apart for the same reason. */
  @State(Scope.Benchmark)
  public static class OursMarkdown {
    BriefingRenderer renderer;

    /** Looks the renderer up by name. */
    @Setup
    public void setUp() {
      renderer = OurFormats.renderer("markdown");
    }
  }

  /**
   * @param ours our text renderer
   * @return the text
   */
  @Benchmark
  public String oursText(OursText ours) {
    return ours.renderer.render(briefing);
  }

  /**
   * @param ours our Markdown renderer
   * @return the Markdown
   */
  @Benchmark
  public String oursMarkdown(OursMarkdown ours) {
    return ours.renderer.render(briefing);
  }

  /** @return the text layout, unescaped */
  @Benchmark
  public String floorText() {
    return UnescapedText.render(briefing);
  }

  /** @return the Markdown layout, unescaped */
  @Benchmark
  public String floorMarkdown() {
    return UnescapedMarkdown.render(briefing);
  }
}
