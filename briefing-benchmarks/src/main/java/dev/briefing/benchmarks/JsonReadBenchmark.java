package dev.briefing.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.benchmarks.baseline.StreamingJsonReader;
import dev.briefing.benchmarks.baseline.records.BriefingRecord;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.json.BriefingJson;
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
 * A JSON String to a briefing: our {@code json} format against Jackson databind into records
 * and hand-written Jackson streaming code building the core model. All three read the same
 * document ({@link JsonInput}). Targets: ours at most 1.3 times streaming, and faster than
 * databind.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh JsonReadBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JsonReadBenchmark {
  /** Which briefing's JSON to read. */
  @Param({"seed", "large"})
  public String workload;

  private String json;
  private final ObjectMapper mapper = new ObjectMapper();
  private final StreamingJsonReader streaming = new StreamingJsonReader();

  /** Writes the input once per trial. */
  @Setup
  public void setUp() {
    json = JsonInput.of(Workload.named(workload).briefing());
  }

  /** Our format, kept apart so that the baselines run even when it is not on the class path. */
  @State(Scope.Benchmark)
  public static class Ours {
    BriefingParser parser;
    final BriefingJson unvalidated = BriefingJson.create().withoutValidation();

    /** Looks the parser up by name, as an application would. */
    @Setup
    public void setUp() {
      parser = OurFormats.parser("json");
    }
  }

  /**
   * @param ours our parser
   * @return the briefing
   */
  @Benchmark
  public Briefing ours(Ours ours) {
    return ours.parser.parse(json);
  }

  /**
   * Our codec without validation, which the baselines do not do either.
   *
   * @param ours our codec
   * @return the briefing
   */
  @Benchmark
  public Briefing oursUnvalidated(Ours ours) {
    return ours.unvalidated.read(json);
  }

  /**
   * @return the records
   * @throws Exception never for this input
   */
  @Benchmark
  public BriefingRecord databindRecords() throws Exception {
    return mapper.readValue(json, BriefingRecord.class);
  }

  /** @return the briefing */
  @Benchmark
  public Briefing jacksonStreaming() {
    return streaming.read(json);
  }
}
