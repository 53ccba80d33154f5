package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.ChatObjectTree;
import dev.briefing.benchmarks.baseline.ChatStreamingWriter;
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

  private Briefing briefing;

  /** Builds the input once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
  }

  /** Our slack renderer, kept apart so that the baselines run even when it is not on the class path. */
  @State(Scope.Benchmark)
  public static class OursSlack {
    BriefingRenderer renderer;

    /** Looks the renderer up by name. */
    @Setup
    public void setUp() {
      renderer = OurFormats.renderer("slack");
    }
  }

  /** Our adaptive-card renderer, kept apart for the same reason. */
  @State(Scope.Benchmark)
  public static class OursCard {
    BriefingRenderer renderer;

    /** Looks the renderer up by name. */
    @Setup
    public void setUp() {
      renderer = OurFormats.renderer("adaptive-card");
    }
  }

  /** @return the slack format's messages */
  @Benchmark
  public String oursSlack(OursSlack ours) {
    return ours.renderer.render(briefing);
  }

  /** @return the adaptive-card format's card */
  @Benchmark
  public String oursAdaptiveCard(OursCard ours) {
    return ours.renderer.render(briefing);
  }

  /** @return a Slack payload from an ObjectNode tree built by hand */
  @Benchmark
  public String objectTreeSlack() {
    return ChatObjectTree.slack(briefing);
  }

  /** @return an Adaptive Card from an ObjectNode tree built by hand */
  @Benchmark
  public String objectTreeAdaptiveCard() {
    return ChatObjectTree.card(briefing);
  }

  /** @return a Slack payload from hand-written generator code */
  @Benchmark
  public String generatorSlack() {
    return ChatStreamingWriter.slack(briefing);
  }

  /** @return an Adaptive Card from hand-written generator code */
  @Benchmark
  public String generatorAdaptiveCard() {
    return ChatStreamingWriter.card(briefing);
  }
}
