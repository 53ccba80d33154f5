package dev.briefing.kafka.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.json.BriefingJson;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a briefing as the UTF-8 bytes of its JSON; a tombstone stays {@code null}. What the
 * codec refuses to write becomes the {@link SerializationException} a producer expects.
 */
public final class BriefingSerializer implements Serializer<Briefing> {

  private final BriefingJson codec;

  /** @param codec the codec to write with */
  public BriefingSerializer(BriefingJson codec) {
    this.codec = codec;
  }

  @Override
  public byte[] serialize(String topic, Briefing briefing) {
    if (briefing == null) {
      return null;
    }
    try {
      // The codec's String writer is its fastest path; one encode to UTF-8 follows.
      return codec.write(briefing).getBytes(StandardCharsets.UTF_8);
    } catch (BriefingException e) {
      // A validating codec writes only what it would read back.
      throw new SerializationException("Cannot write the briefing to topic '" + topic + "': " + e.getMessage(), e);
    }
  }
}
