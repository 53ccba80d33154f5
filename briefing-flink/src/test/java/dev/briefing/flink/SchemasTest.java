package dev.briefing.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.testing.BriefingGenerator;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SchemasTest {

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(100, 5);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void whatTheSerializationSchemaWritesTheDeserializationSchemaReadsBack(Briefing briefing) throws Exception {
    // Schemas travel to the task managers by Java serialization; use them as they arrive.
    BriefingSerializationSchema write = InstantiationUtil.clone(BriefingSerializationSchema.create());
    BriefingDeserializationSchema read = InstantiationUtil.clone(BriefingDeserializationSchema.create());

    assertThat(read.deserialize(write.serialize(briefing))).isEqualTo(briefing);
  }

  @Test
  void aMessageThatIsNotABriefingSaysWhere() {
    byte[] message = "{\"signal\": 42}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BriefingDeserializationSchema.create().deserialize(message))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageStartingWith("line 1, column ")
        .hasMessageContaining("$.signal");
  }

  @Test
  void theStreamOfBriefingsNeedsNoKryo() {
    assertThat(BriefingDeserializationSchema.create().getProducedType()).isEqualTo(BriefingTypeInfo.create());
  }
}
