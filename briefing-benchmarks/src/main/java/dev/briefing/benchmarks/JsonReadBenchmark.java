package dev.briefing.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.benchmarks.baseline.Jackson3StreamingReader;
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
 * and hand-written Jackson streaming code building the core model, once on each Jackson line:
 * ours on its Jackson 3 backend (the default) against Jackson 3's databind and streaming, ours
 * on its Jackson 2 backend against Jackson 2's. All read the same document ({@link JsonInput}).
 * Targets, per line: ours at most 1.3 times streaming, and faster than databind.
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
  private final tools.jackson.databind.ObjectMapper mapper3 = tools.jackson.databind.json.JsonMapper.builder().build();
  private final Jackson3StreamingReader streaming3 = new Jackson3StreamingReader();

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
    final BriefingJson jackson2 = BriefingJson.create().withBackend("jackson2");
    final BriefingJson jackson2Unvalidated = jackson2.withoutValidation();

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

  /**
   * Our codec on its Jackson 2 backend, validating as the registry's parser does.
   *
   * @param ours our codec
   * @return the briefing
   */
  @Benchmark
  public Briefing oursJackson2(Ours ours) {
    return ours.jackson2.read(json);
  }

  /**
   * @param ours our codec on Jackson 2, without validation
   * @return the briefing
   */
  @Benchmark
  public Briefing oursJackson2Unvalidated(Ours ours) {
    return ours.jackson2Unvalidated.read(json);
  }

  /** @return the records, read by Jackson 3 databind */
  @Benchmark
  public BriefingRecord databindRecordsJackson3() {
    return mapper3.readValue(json, BriefingRecord.class);
  }

  /** @return the briefing, read by hand-written Jackson 3 streaming code */
  @Benchmark
  public Briefing jackson3Streaming() {
    return streaming3.read(json);
  }
}
