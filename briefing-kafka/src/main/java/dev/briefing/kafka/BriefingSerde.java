package dev.briefing.kafka;

import dev.briefing.core.Briefing;
import dev.briefing.json.BriefingJson;
import dev.briefing.kafka.internal.BriefingDeserializer;
import dev.briefing.kafka.internal.BriefingSerializer;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Briefings on Kafka topics in the JSON wire format, as UTF-8. Immutable and thread-safe.
 *
 * <p>A record that is not a briefing fails with a {@link
 * org.apache.kafka.common.errors.SerializationException} that names the topic and says where
 * the document is wrong, such as {@code Not a briefing on topic 'briefings': line 1, column 12
 * at $.signal: expected a string but was NUMBER}; its cause is the codec's {@link
 * dev.briefing.core.BriefingException}. A {@code null} value (a tombstone) reads and writes as
 * {@code null}. With {@link DeadLetterHandler} such records go to a dead-letter topic instead
 * of stopping the application.
 *
 * <pre>{@code
 * KStream<String, Briefing> briefings = builder.stream("briefings",
 *     Consumed.with(Serdes.String(), BriefingSerde.create()));
 * // or by class name: default.value.serde=dev.briefing.kafka.BriefingSerde
 * }</pre>
 */
public final class BriefingSerde implements Serde<Briefing> {

  private final BriefingJson codec;

  /** The serde of {@link #create()}, for Kafka's class-name configuration. */
  public BriefingSerde() {
    this(BriefingJson.create());
  }

  private BriefingSerde(BriefingJson codec) {
    this.codec = codec;
  }

  /** @return the default serde: compact JSON out; strict reads; validating both ways */
  public static BriefingSerde create() {
    return new BriefingSerde();
  }

  /**
   * @param codec the codec to read and write with, such as {@code
   *     BriefingJson.create().withoutValidation()} for a topology that validates by itself
   * @return a serde over that codec
   */
  public static BriefingSerde using(BriefingJson codec) {
    return new BriefingSerde(Objects.requireNonNull(codec, "codec"));
  }

  /** @return the codec this serde reads and writes with */
  public BriefingJson codec() {
    return codec;
  }

  @Override
  public Serializer<Briefing> serializer() {
    return new BriefingSerializer(codec);
  }

  @Override
  public Deserializer<Briefing> deserializer() {
    return new BriefingDeserializer(codec);
  }

  @Override
  public String toString() {
    return "BriefingSerde[" + codec + "]";
  }
}
