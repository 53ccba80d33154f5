package dev.briefing.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.benchmarks.baseline.Jackson3StreamingReader;
import dev.briefing.benchmarks.baseline.StreamingJsonReader;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Quantity;
import dev.briefing.core.Violation;
import dev.briefing.json.BriefingJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What each promise of our JSON reader costs, measured apart (not part of the suite's table).
 * Every reader gets compact JSON: the full document, or the same document without its
 * {@code quantity} objects, which are output-only, so that the difference is what reading and
 * checking them costs. {@code quantityParse} is the derivation alone: {@code Quantity.parse}
 * of every figure's value, which the check needs; {@code validate} is the model's validation
 * that the registry's parser adds. The {@code KeepingPromises} readers are the hand-written
 * streaming readers made to keep the two costliest promises as well (each written quantity
 * checked against its value, the briefing validated): the floor for a reader that keeps them,
 * beside our reader that keeps them on the same Jackson line.
 *
 * <pre>{@code
 * java -cp briefing-benchmarks/target/benchmarks.jar org.openjdk.jmh.Main JsonReadCostBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JsonReadCostBenchmark {
  /** Which briefing's JSON to read. */
  @Param({"seed", "large"})
  public String workload;

  private String full;
  private String withoutQuantities;
  private Briefing briefing;
  private String[] values;
  private final BriefingJson unvalidated = BriefingJson.create().withoutValidation();
  private final StreamingJsonReader streaming = new StreamingJsonReader();
  private final StreamingJsonReader streamingKeepingPromises = StreamingJsonReader.keepingPromises();
  private final Jackson3StreamingReader streaming3 = new Jackson3StreamingReader();
  private final Jackson3StreamingReader streaming3KeepingPromises = Jackson3StreamingReader.keepingPromises();
  private final BriefingJson validating3 = BriefingJson.create().withBackend("jackson3");
  private final BriefingJson validating2 = BriefingJson.create().withBackend("jackson2");

  /** Writes both documents once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
    full = BriefingJson.create().write(briefing);
    withoutQuantities = withoutQuantities(full);
    values = briefing.figures().stream().map(Figure::value).toArray(String[]::new);
  }

  private static String withoutQuantities(String json) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      JsonNode tree = mapper.readTree(json);
      for (JsonNode figure : tree.get("figures")) {
        ((ObjectNode) figure).remove("quantity");
      }
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the briefing, from the full document, not validated */
  @Benchmark
  public Briefing oursUnvalidated() {
    return unvalidated.read(full);
  }

  /** @return the briefing, from the document without quantities, not validated */
  @Benchmark
  public Briefing oursUnvalidatedWithoutQuantities() {
    return unvalidated.read(withoutQuantities);
  }

  /** @return the briefing, from the full document (it skips the quantities) */
  @Benchmark
  public Briefing jacksonStreaming() {
    return streaming.read(full);
  }

  /** @return the briefing, from the document without quantities */
  @Benchmark
  public Briefing jacksonStreamingWithoutQuantities() {
    return streaming.read(withoutQuantities);
  }

  /** @return the briefing, checked and validated by hand-written Jackson 2 streaming code */
  @Benchmark
  public Briefing jacksonStreamingKeepingPromises() {
    return streamingKeepingPromises.read(full);
  }

  /** @return the briefing, from the full document (it skips the quantities), by Jackson 3 */
  @Benchmark
  public Briefing jackson3Streaming() {
    return streaming3.read(full);
  }

  /** @return the briefing, checked and validated by hand-written Jackson 3 streaming code */
  @Benchmark
  public Briefing jackson3StreamingKeepingPromises() {
    return streaming3KeepingPromises.read(full);
  }

  /** @return the briefing, read and validated by our Jackson 3 backend */
  @Benchmark
  public Briefing oursJackson3() {
    return validating3.read(full);
  }

  /** @return the briefing, read and validated by our Jackson 2 backend */
  @Benchmark
  public Briefing oursJackson2() {
    return validating2.read(full);
  }

  /** @param blackhole keeps each parsed quantity */
  @Benchmark
  public void quantityParse(Blackhole blackhole) {
    for (String value : values) {
      Optional<Quantity> quantity = Quantity.parse(value);
      blackhole.consume(quantity);
    }
  }

  /** @return the violations (none) */
  @Benchmark
  public List<Violation> validate() {
    return BriefingValidator.standard().validate(briefing);
  }
}
