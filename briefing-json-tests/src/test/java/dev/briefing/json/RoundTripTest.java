package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  private static final BriefingJson COMPACT = BriefingJson.create();
  private static final BriefingJson PRETTY = BriefingJson.create().pretty();

  static Stream<Briefing> briefings() {
    return Stream.of(Stream.of(SeedBriefing.briefing(), SeedBriefing.editorialBriefing()),
        BriefingGenerator.validBriefings(1_000, 20260203L),
        BriefingGenerator.validEditorialBriefings(500, 20260204L)).flatMap(s -> s);
  }

  static Stream<Briefing> hostileBriefings() {
    return Stream.concat(BriefingGenerator.hostileBriefings(200, 77L), BriefingGenerator.hostileEditorialBriefings(100, 78L));
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void modelToJsonToModelGivesAnEqualBriefing(Briefing briefing) {
    assertThat(COMPACT.read(COMPACT.write(briefing))).isEqualTo(briefing);
    assertThat(PRETTY.read(PRETTY.write(briefing))).isEqualTo(briefing);
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void jsonToModelToJsonGivesIdenticalBytes(Briefing briefing) {
    for (BriefingJson json : new BriefingJson[] {COMPACT, PRETTY}) {
      byte[] first = bytes(json, briefing);
      byte[] second = bytes(json, json.read(new ByteArrayInputStream(first)));
      assertThat(second).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void stringWriterAndStreamOutputsAgree(Briefing briefing) {
    StringWriter writer = new StringWriter();
    PRETTY.write(briefing, writer);

    assertThat(writer.toString())
        .isEqualTo(PRETTY.write(briefing))
        .isEqualTo(new String(bytes(PRETTY, briefing), StandardCharsets.UTF_8));
    assertThat(PRETTY.read(new StringReader(writer.toString()))).isEqualTo(briefing);
  }

  @ParameterizedTest
  @MethodSource("hostileBriefings")
  void controlCharactersBidiAndRaggedWhitespaceSurviveUnvalidatedRoundTrips(Briefing briefing) {
    BriefingJson unvalidated = COMPACT.withoutValidation();
    String json = unvalidated.write(briefing);

    assertThat(json).doesNotContain("\n", "\r", "\u0000");
    assertThat(unvalidated.read(json)).isEqualTo(briefing);
  }

  private static byte[] bytes(BriefingJson json, Briefing briefing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(briefing, out);
    return out.toByteArray();
  }
}
