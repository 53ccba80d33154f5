package dev.briefing.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.benchmarks.baseline.Jackson3StreamingWriter;
import dev.briefing.benchmarks.baseline.StreamingJsonWriter;
import dev.briefing.benchmarks.baseline.records.BriefingRecord;
import dev.briefing.benchmarks.baseline.records.RecordMapping;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
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
 * Briefing to a JSON String: our {@code json} format against Jackson databind over records and
 * hand-written Jackson streaming code. Targets: ours at most 1.2 times streaming, and faster
 * than databind.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh JsonWriteBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JsonWriteBenchmark {
  /** Which briefing to write. */
  @Param({"seed", "large"})
  public String workload;

  private Briefing briefing;
  private BriefingRecord record;
  private final ObjectMapper mapper = new ObjectMapper();
  private final StreamingJsonWriter streaming = new StreamingJsonWriter();
  private final tools.jackson.databind.ObjectMapper mapper3 = tools.jackson.databind.json.JsonMapper.builder().build();
  private final Jackson3StreamingWriter streaming3 = new Jackson3StreamingWriter();

  /** Builds the inputs once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
    record = RecordMapping.toRecord(briefing);
  }

  /** Our format, kept apart so that the baselines run even when it is not on the class path. */
  @State(Scope.Benchmark)
  public static class Ours {
    BriefingRenderer renderer;
    // Like the baselines, which write what they are given; the codec validates by default.
    final BriefingJson compact = BriefingJson.create().withoutValidation();
    final BriefingJson jackson2 = BriefingJson.create().withBackend("jackson2").pretty();

    /** Looks the renderer up by name, as an application would. */
    @Setup
    public void setUp() {
      renderer = OurFormats.renderer("json");
    }
  }

  /**
   * @param ours our renderer
   * @return the JSON
   */
  @Benchmark
  public String ours(Ours ours) {
    return ours.renderer.render(briefing);
  }

  /**
   * Our codec writing compact JSON without validation: byte for byte the document the baselines
   * write, and like them unchecked (the registry's {@code json} renderer indents and validates).
   * Compact text to a String goes through the codec's own compact writer on either backend.
   *
   * @param ours our codec
   * @return the JSON
   */
  @Benchmark
  public String oursCompact(Ours ours) {
    return ours.compact.write(briefing);
  }

  /**
   * @return the JSON
   * @throws Exception never for these records
   */
  @Benchmark
  public String databindRecords() throws Exception {
    return mapper.writeValueAsString(record);
  }

  /** @return the JSON */
  @Benchmark
  public String jacksonStreaming() {
    return streaming.write(briefing);
  }

  /**
   * The registry's renderer as it is on the Jackson 2 backend: indented, validating.
   *
   * @param ours our codec on Jackson 2
   * @return the JSON
   */
  @Benchmark
  public String oursJackson2(Ours ours) {
    return ours.jackson2.write(briefing);
  }

  /** @return the JSON, written by Jackson 3 databind */
  @Benchmark
  public String databindRecordsJackson3() {
    return mapper3.writeValueAsString(record);
  }

  /** @return the JSON, written by hand-written Jackson 3 streaming code */
  @Benchmark
  public String jackson3Streaming() {
    return streaming3.write(briefing);
  }
}
