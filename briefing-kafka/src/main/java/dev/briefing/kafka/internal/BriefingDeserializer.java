package dev.briefing.kafka.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.json.BriefingJson;
import java.io.ByteArrayInputStream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a briefing from the UTF-8 bytes of its JSON. What the codec rejects becomes the
 * {@link SerializationException} Kafka Streams hands to its deserialization handler.
 */
public final class BriefingDeserializer implements Deserializer<Briefing> {

  private final BriefingJson codec;

  /** @param codec the codec to read with */
  public BriefingDeserializer(BriefingJson codec) {
    this.codec = codec;
  }

  @Override
  public Briefing deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return codec.read(new ByteArrayInputStream(data));
    } catch (BriefingException e) {
      throw new SerializationException("Not a briefing on topic '" + topic + "': " + lowerFirst(e.getMessage()), e);
    }
  }

  private static String lowerFirst(String message) {
    // Messages starting with a location ("line 1, ...") are lower case already; a sentence is not.
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
