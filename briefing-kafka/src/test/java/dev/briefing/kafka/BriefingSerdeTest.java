package dev.briefing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BriefingSerdeTest {

  private final BriefingSerde serde = BriefingSerde.create();

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(200, 18);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void everyGeneratedBriefingComesBackEqual(Briefing briefing) {
    byte[] bytes = serde.serializer().serialize("t", briefing);

    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(briefing);
  }

  @Test
  void writesTheWireFormatAsUtf8() {
    Briefing briefing = generated().skip(3).findFirst().orElseThrow();

    assertThat(new String(serde.serializer().serialize("t", briefing), StandardCharsets.UTF_8))
        .isEqualTo(BriefingJson.create().write(briefing));
  }

  @Test
  void aTombstoneStaysNull() {
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void malformedJsonNamesTheTopicAndWhereItIsWrong() {
    byte[] bytes = "{\"signal\": 42}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> serde.deserializer().deserialize("briefings", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Not a briefing on topic 'briefings': line 1, column ")
        .hasMessageContaining("$.signal")
        .hasCauseInstanceOf(BriefingFormatException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreAFormatError() {
    byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertThatThrownBy(() -> serde.deserializer().deserialize("briefings", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Not a briefing on topic 'briefings': ")
        .hasCauseInstanceOf(BriefingFormatException.class);
  }

  @Test
  void theDefaultSerdeRefusesToWriteAnInvalidBriefing() {
    assertThatThrownBy(() -> serde.serializer().serialize("briefings", Briefings.invalid()))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Cannot write the briefing to topic 'briefings': ")
        .hasMessageContaining("signal")
        .hasCauseInstanceOf(BriefingValidationException.class);
  }

  @Test
  void theDefaultSerdeRejectsAnInvalidBriefingWithItsViolations() {
    byte[] bytes = BriefingSerde.using(BriefingJson.create().withoutValidation()).serializer()
        .serialize("t", Briefings.invalid());

    assertThatThrownBy(() -> serde.deserializer().deserialize("briefings", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("signal")
        .hasCauseInstanceOf(BriefingValidationException.class);
  }

  @Test
  void aSerdeWithoutValidationReadsAnInvalidBriefing() {
    BriefingSerde lax = BriefingSerde.using(BriefingJson.create().withoutValidation());
    byte[] bytes = lax.serializer().serialize("t", Briefings.invalid());

    assertThat(lax.deserializer().deserialize("t", bytes)).isEqualTo(Briefings.invalid());
  }
}
