package dev.briefing.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class BriefingTypeInfoTest {

  private final TypeSerializer<Briefing> serializer = BriefingTypeInfo.create().createSerializer(new SerializerConfigImpl());
  private final List<Briefing> briefings = BriefingGenerator.validBriefings(300, 11).toList();

  @Test
  void everyGeneratedBriefingComesBackEqualOneAfterAnotherInOneBuffer() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(1024);
    for (Briefing briefing : briefings) {
      serializer.serialize(briefing, out);
    }

    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    for (Briefing briefing : briefings) {
      assertThat(serializer.deserialize(in)).isEqualTo(briefing);
    }
    assertThat(in.available()).isZero();
  }

  @Test
  void copyingSerializedBriefingsMovesExactlyTheirBytes() throws IOException {
    DataOutputSerializer first = new DataOutputSerializer(1024);
    briefings.forEach(b -> serialize(b, first));
    DataInputDeserializer in = new DataInputDeserializer(first.getCopyOfBuffer());
    // Sized up front: this buffer, unlike Flink's network and state outputs, does not grow for a copy.
    DataOutputSerializer second = new DataOutputSerializer(first.length());
    for (int i = 0; i < briefings.size(); i++) {
      serializer.copy(in, second);
    }

    assertThat(second.getCopyOfBuffer()).isEqualTo(first.getCopyOfBuffer());
  }

  @Test
  void aBriefingIsImmutableSoItsCopyIsItself() {
    assertThat(serializer.isImmutableType()).isTrue();
    assertThat(serializer.copy(briefings.get(0))).isSameAs(briefings.get(0));
  }

  @Test
  void theSnapshotRestoresACompatibleSerializerAfterJavaSerialization() throws Exception {
    TypeSerializerSnapshot<Briefing> snapshot = serializer.snapshotConfiguration();
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
    TypeSerializerSnapshot<Briefing> restored = TypeSerializerSnapshot.readVersionedSnapshot(
        new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

    assertThat(restored.restoreSerializer()).isEqualTo(serializer);
    assertThat(serializer.snapshotConfiguration().resolveSchemaCompatibility(restored))
        .extracting(TypeSerializerSchemaCompatibility::isCompatibleAsIs).isEqualTo(true);
    assertThat(InstantiationUtil.clone(BriefingTypeInfo.create())).isSameAs(BriefingTypeInfo.create());
  }

  private void serialize(Briefing briefing, DataOutputSerializer out) {
    try {
      serializer.serialize(briefing, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
