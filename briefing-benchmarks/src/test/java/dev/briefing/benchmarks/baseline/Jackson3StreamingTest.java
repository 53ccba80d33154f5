package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.benchmarks.Workload;
import dev.briefing.benchmarks.baseline.records.BriefingRecord;
import dev.briefing.benchmarks.baseline.records.RecordMapping;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 baselines do the same work as the Jackson 2 ones: the same document, both ways. */
class Jackson3StreamingTest {
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final Jackson3StreamingWriter writer = new Jackson3StreamingWriter();
  private final Jackson3StreamingReader reader = new Jackson3StreamingReader();

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(200, 67);
  }

  @ParameterizedTest
  @EnumSource(Workload.class)
  void streamingWritesTheSameBytesAsOurCompactCodecAndJackson2sBaseline(Workload workload) {
    Briefing briefing = workload.briefing();

    assertThat(writer.write(briefing)).isEqualTo(BriefingJson.create().write(briefing))
        .isEqualTo(new StreamingJsonWriter().write(briefing));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void streamingReadGivesBackWhatStreamingWrote(Briefing briefing) {
    assertThat(reader.read(writer.write(briefing))).isEqualTo(briefing);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void databindReadsTheRecordsBackFromTheSameDocument(Briefing briefing) {
    BriefingRecord record = RecordMapping.toRecord(briefing);

    assertThat(mapper.readValue(writer.write(briefing), BriefingRecord.class)).isEqualTo(record);
  }
}
