package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Impact;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a codec writes, it reads: by default it refuses to write what its reads would refuse. */
class WriteValidationTest {

  private static final BriefingJson JSON = BriefingJson.create();
  private static final Briefing INVALID = SeedBriefing.briefing().withImpacts(Impact.of(0, " "));

  @Test
  void anInvalidBriefingIsRefusedOnEveryWritePathWithTheViolationsAReadWouldGive() {
    BriefingValidationException onRead = catchThrowableOfType(BriefingValidationException.class,
        () -> JSON.read(JSON.withoutValidation().write(INVALID)));

    assertThat(catchThrowableOfType(BriefingValidationException.class, () -> JSON.write(INVALID)).violations())
        .isEqualTo(onRead.violations());
    assertThat(catchThrowableOfType(BriefingValidationException.class, () -> JSON.pretty().write(INVALID, new StringWriter())))
        .isNotNull();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(catchThrowableOfType(BriefingValidationException.class, () -> JSON.write(INVALID, bytes))).isNotNull();
    assertThat(bytes.size()).isZero();
    StringWriter lines = new StringWriter();
    try (NdjsonWriter out = JSON.ndjsonWriter(lines)) {
      assertThat(catchThrowableOfType(BriefingValidationException.class, () -> out.write(INVALID))).isNotNull();
    }
    assertThat(lines.toString()).isEmpty();
  }

  @Test
  void withoutValidationWritesAndReadsWhatIsInvalid() {
    BriefingJson unchecked = JSON.withoutValidation();

    assertThat(unchecked.read(unchecked.write(INVALID))).isEqualTo(INVALID);
  }

  static Stream<Briefing> hostile() {
    return BriefingGenerator.hostileBriefings(300, 91L);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void theDefaultCodecReadsEverythingItWrites(Briefing briefing) {
    String json;
    try {
      json = JSON.write(briefing);
    } catch (BriefingValidationException refused) {
      return;
    }
    assertThat(JSON.read(json)).isEqualTo(briefing);
  }
}
