package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.benchmarks.Workload;
import dev.briefing.benchmarks.baseline.records.BriefingRecord;
import dev.briefing.benchmarks.baseline.records.RecordMapping;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StreamingJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final StreamingJsonWriter writer = new StreamingJsonWriter();
  private final StreamingJsonReader reader = new StreamingJsonReader();

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(300, 66);
  }

  @ParameterizedTest
  @EnumSource(Workload.class)
  void streamingAndDatabindWriteTheSameBytes(Workload workload) throws Exception {
    Briefing briefing = workload.briefing();

    assertThat(writer.write(briefing)).isEqualTo(mapper.writeValueAsString(RecordMapping.toRecord(briefing)));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void streamingAndDatabindWriteTheSameBytesForGeneratedBriefings(Briefing briefing) throws Exception {
    assertThat(writer.write(briefing)).isEqualTo(mapper.writeValueAsString(RecordMapping.toRecord(briefing)));
  }

  @ParameterizedTest
  @EnumSource(Workload.class)
  void streamingWritesTheSameBytesAsOurCompactCodec(Workload workload) {
    Briefing briefing = workload.briefing();

    assertThat(writer.write(briefing)).isEqualTo(BriefingJson.create().write(briefing));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void streamingWritesTheSameBytesAsOurCompactCodecForGeneratedBriefings(Briefing briefing) {
    assertThat(writer.write(briefing)).isEqualTo(BriefingJson.create().write(briefing));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void streamingReadGivesBackWhatStreamingWrote(Briefing briefing) {
    assertThat(reader.read(writer.write(briefing))).isEqualTo(briefing);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void databindReadGivesBackTheRecordsWritten(Briefing briefing) throws Exception {
    BriefingRecord record = RecordMapping.toRecord(briefing);

    assertThat(mapper.readValue(writer.write(briefing), BriefingRecord.class)).isEqualTo(record);
  }

  @Test
  void theSeedDocumentCarriesItsQuantitiesAndVersion() {
    String json = writer.write(Workload.SEED.briefing());

    assertThat(json).startsWith("{\"schemaVersion\":\"1.0\",\"signal\":\"Andrej Karpathy’s move")
        .contains("{\"value\":\"$72.3B\",\"label\":\"Total capital raised by Anthropic to date\","
            + "\"source\":\"various sources\",\"quantity\":{\"low\":\"72300000000\",\"high\":\"72300000000\","
            + "\"currency\":\"USD\",\"approximate\":false}}");
  }

  @Test
  void bothReadersSkipPropertiesTheyDoNotKnow() throws Exception {
    String json = "{\"schemaVersion\":2,\"extra\":{\"a\":[1,{\"b\":2}]},\"signal\":\"S.\",\"whatHappened\":\"W.\","
        + "\"impacts\":[{\"order\":1,\"text\":\"I.\",\"note\":[true]}],"
        + "\"figures\":[{\"value\":\"$1B\",\"label\":\"L\",\"quantity\":{\"low\":1e9,\"high\":1e9}}],"
        + "\"watchItems\":[]}";

    Briefing briefing = reader.read(json);
    BriefingRecord record = mapper.readValue(json, BriefingRecord.class);

    assertThat(briefing.signal()).isEqualTo("S.");
    assertThat(briefing.impacts()).hasSize(1);
    assertThat(briefing.figures().get(0).value()).isEqualTo("$1B");
    assertThat(record.figures().get(0).quantity().low()).isEqualTo("1e9");
    assertThat(record.schemaVersion()).isEqualTo("2");
  }

  @Test
  void readAllHandsOnEveryLineOfJsonLines() {
    List<Briefing> pool = BriefingGenerator.validBriefings(20, 3).toList();
    StringBuilder lines = new StringBuilder();
    pool.forEach(b -> lines.append(writer.write(b)).append('\n'));
    List<Briefing> read = new ArrayList<>();

    long count = reader.readAll(new StringReader(lines.toString()), read::add);

    assertThat(count).isEqualTo(20);
    assertThat(read).isEqualTo(pool);
  }
}
