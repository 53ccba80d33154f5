package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.ChatObjectTree;
import dev.briefing.benchmarks.baseline.ChatStreamingWriter;
import dev.briefing.core.Briefing;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * A briefing to Slack Block Kit and to an Adaptive Card: the slack and adaptive-card formats
 * against what a user would write without them, a Jackson {@code ObjectNode} tree built by
 * hand and hand-written {@code JsonGenerator} code, both with none of the formats' escaping,
 * limits, splitting or size fitting (so the rows show what that work costs).
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh ChatRenderBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ChatRenderBenchmark {
  /** Which briefing to render. */
  @Param({"seed", "large"})
  public String workload;

  /** Which chat format: ours through {@link OurRenderer}, the baselines by hand. */
  @Param({"slack", "adaptive-card"})
  public String format;

  private Briefing briefing;
  private Function<Briefing, String> objectTree;
  private Function<Briefing, String> generator;

  /** Builds the input and picks the baselines of the format once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
    boolean slack = format.equals("slack");
    objectTree = slack ? ChatObjectTree::slack : ChatObjectTree::card;
    generator = slack ? ChatStreamingWriter::slack : ChatStreamingWriter::card;
  }

  /**
   * @param ours the format's renderer
   * @return the slack format's messages or the adaptive-card format's card
   */
  @Benchmark
  public String ours(OurRenderer ours) {
    return ours.renderer.render(briefing);
  }

  /** @return the Slack payload or the Adaptive Card from an ObjectNode tree built by hand */
  @Benchmark
  public String objectTree() {
    return objectTree.apply(briefing);
  }

  /** @return the Slack payload or the Adaptive Card from hand-written generator code */
  @Benchmark
  public String generator() {
    return generator.apply(briefing);
  }
}
