package dev.briefing.flink.internal;

import dev.briefing.core.Briefing;
import dev.briefing.json.BriefingJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A briefing as its compact JSON in UTF-8, after the byte count. The JSON wire format is the
 * library's stable form, so there is no second layout to keep compatible. Briefings are
 * immutable: a copy is the same instance.
 */
public final class BriefingSerializer extends TypeSerializerSingleton<Briefing> {
  private static final long serialVersionUID = 1L;

  /** The serializer; it holds no state. */
  public static final BriefingSerializer INSTANCE = new BriefingSerializer();

  /** A stream may hold briefings not yet validated (a job validates where it chooses), so neither side checks. */
  private static final BriefingJson CODEC = BriefingJson.create().withoutValidation();

  private BriefingSerializer() {
  }

  @Override
  public boolean isImmutableType() {
    return true;
  }

  /** There is no empty briefing; immutable types are never reused, so nothing asks for one. */
  @Override
  public Briefing createInstance() {
    return null;
  }

  @Override
  public Briefing copy(Briefing from) {
    return from;
  }

  @Override
  public Briefing copy(Briefing from, Briefing reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(Briefing briefing, DataOutputView target) throws IOException {
    byte[] json = CODEC.write(briefing).getBytes(StandardCharsets.UTF_8);
    target.writeInt(json.length);
    target.write(json);
  }

  @Override
  public Briefing deserialize(DataInputView source) throws IOException {
    byte[] json = new byte[source.readInt()];
    source.readFully(json);
    return CODEC.read(new String(json, StandardCharsets.UTF_8));
  }

  @Override
  public Briefing deserialize(Briefing reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    int length = source.readInt();
    target.writeInt(length);
    target.write(source, length);
  }

  @Override
  public TypeSerializerSnapshot<Briefing> snapshotConfiguration() {
    return new Snapshot();
  }

  private Object readResolve() {
    return INSTANCE;
  }

  /** Restores the serializer by name; there is no configuration to keep. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Briefing> {
    /** Made by Flink when it restores state. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
