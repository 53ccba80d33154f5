package dev.briefing.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Impact;
import dev.briefing.core.format.Converter;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ConvertJobTest {

  private static final int BRIEFINGS = 10_000;
  /** Lines that are not briefings, by the briefing index they come before. */
  private static final Map<Integer, byte[]> BAD = Map.of(
      2_000, utf8("{\"signal\": \"unterminated"),
      3_001, utf8("{\"signal\": 42}"),
      4_500, utf8(BriefingJson.create().withoutValidation().write(invalid())),
      7_000, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
      8_250, utf8("not json at all"));
  /** Where the first file ends and the second begins. */
  private static final int SPLIT = 6_000;

  private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setConfiguration(METRICS.addToConfiguration(new Configuration()))
      .setNumberTaskManagers(2)
      .setNumberSlotsPerTaskManager(1)
      .build());

  @TempDir
  static Path dir;
  private static List<Briefing> briefings;
  /** Expected dead letters: file name and line number to the line's text. */
  private static final Map<String, byte[]> EXPECTED_DEAD = new TreeMap<>();

  @BeforeAll
  static void writeInput() throws IOException {
    // The generator's "valid" briefings include a rare one whose impact is over the 5,000
    // characters allowed; the validator, not the generator, decides what is good here.
    briefings = BriefingGenerator.validBriefings(BRIEFINGS + 100, 2026)
        .filter(b -> BriefingValidator.standard().validate(b).isEmpty())
        .limit(BRIEFINGS)
        .toList();
    assertThat(briefings).hasSize(BRIEFINGS);
    Files.createDirectories(dir.resolve("in"));
    writeFile("a.ndjson", 0, SPLIT);
    writeFile("b.ndjson", SPLIT, BRIEFINGS);
    // Not matched by the glob: must not be read.
    Files.writeString(dir.resolve("in/notes.txt"), "not briefings\n");
  }

  private static void writeFile(String name, int from, int to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int line = 0;
    for (int i = from; i < to; i++) {
      if (BAD.containsKey(i)) {
        line++;
        EXPECTED_DEAD.put(name + ":" + line, BAD.get(i));
        out.write(BAD.get(i));
        out.write('\n');
        // A blank line after each bad one: skipped, neither a briefing nor a dead letter.
        line++;
        out.write('\n');
      }
      line++;
      out.write(utf8(BriefingJson.create().write(briefings.get(i))));
      out.write('\n');
    }
    Files.write(dir.resolve("in").resolve(name), out.toByteArray());
  }

  @Test
  void everyGoodBriefingIsConvertedOnceAndEveryBadLineIsADeadLetterWithItsLine() throws Exception {
    Configuration noKryo = new Configuration();
    noKryo.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(noKryo);
    env.setParallelism(2);
    ConvertJob.from(dir.resolve("in") + "/*.ndjson")
        .to(dir.resolve("out").toString(), "ndjson")
        .deadLetters(dir.resolve("dead").toString())
        .addTo(env);

    JobID job = env.execute("convert-job-test").getJobID();

    StringBuilder good = new StringBuilder();
    briefings.forEach(b -> good.append(BriefingJson.create().write(b)).append('\n'));
    List<String> expected = Converter.standard().convert(good.toString(), "ndjson", "ndjson").lines().toList();
    assertThat(lines(dir.resolve("out"))).hasSize(BRIEFINGS).containsExactlyInAnyOrderElementsOf(expected);

    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> dead = new TreeMap<>();
    for (String line : lines(dir.resolve("dead"))) {
      JsonNode letter = json.readTree(line);
      String where = Path.of(letter.get("file").asText()).getFileName() + ":" + letter.get("line").asLong();
      assertThat(dead.put(where, letter)).as("one dead letter for %s", where).isNull();
    }
    assertThat(dead.keySet()).containsExactlyElementsOf(EXPECTED_DEAD.keySet());
    dead.forEach((where, letter) -> {
      assertThat(letter.get("error").asText())
          .matches("line " + letter.get("line").asLong() + "(, column \\d+)?( at \\S+)?: \\S.*");
      assertThat(letter.get("record").asText())
          .isEqualTo(new String(EXPECTED_DEAD.get(where), StandardCharsets.UTF_8));
    });
    // Lines of a.ndjson: briefings before, two lines for each bad one before, then the line.
    assertThat(count(job, "briefing.briefings")).isEqualTo(BRIEFINGS);
    assertThat(count(job, "briefing.deadLetters")).isEqualTo(BAD.size());
    assertThat(dead.get("a.ndjson:" + (3_001 + 2 + 1)).get("error").asText()).contains("at $.signal: ");
    assertThat(dead.get("a.ndjson:" + (4_500 + 4 + 1)).get("error").asText()).contains("signal").contains("5000");
  }

  @Test
  void aJobWithoutAnOutputSaysWhatIsMissing() {
    assertThatThrownBy(() -> ConvertJob.from("in").addTo(StreamExecutionEnvironment.getExecutionEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("to(directory, format)");
  }

  @Test
  void anUnknownFormatIsRefusedBeforeTheJobIsBuilt() {
    assertThatThrownBy(() -> ConvertJob.from("in").to("out", "nonesuch"))
        .hasMessageContaining("nonesuch");
  }

  /** A counter summed over the subtasks that report it. */
  private static long count(JobID job, String name) {
    Map<String, Metric> metrics = METRICS.findMetrics(job, name);
    assertThat(metrics).as(name).isNotEmpty();
    return metrics.values().stream().mapToLong(m -> ((Counter) m).getCount()).sum();
  }

  private static List<String> lines(Path directory) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        all.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  private static Briefing invalid() {
    return Briefing.builder()
        .signal("x".repeat(5_001))
        .whatHappened("Something happened.")
        .addImpacts(Impact.of(1, "It matters."))
        .build();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
