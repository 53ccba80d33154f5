package dev.briefing.flink;

import dev.briefing.core.Briefing;
import dev.briefing.json.BriefingJson;
import java.io.ByteArrayInputStream;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Reads a briefing from the UTF-8 bytes of its JSON, for any Flink source that takes a {@link
 * DeserializationSchema} (Kafka, Pulsar, Kinesis, ...). A message that is not a briefing throws
 * the codec's {@link dev.briefing.core.BriefingFormatException} (line, column and JSON path) or
 * {@link dev.briefing.core.BriefingValidationException} (every violation). Produces {@link
 * BriefingTypeInfo}, so the stream needs no Kryo.
 *
 * <pre>{@code
 * KafkaSource<Briefing> source = KafkaSource.<Briefing>builder()
 *     .setTopics("briefings")
 *     .setValueOnlyDeserializer(BriefingDeserializationSchema.create())
 *     .build();
 * }</pre>
 */
public final class BriefingDeserializationSchema implements DeserializationSchema<Briefing> {
  private static final long serialVersionUID = 1L;

  private final boolean validating;

  private BriefingDeserializationSchema(boolean validating) {
    this.validating = validating;
  }

  /** @return the schema: strict and validating, as {@link BriefingJson#create()} */
  public static BriefingDeserializationSchema create() {
    return new BriefingDeserializationSchema(true);
  }

  /** @return a schema like this one that does not validate, for a job that validates by itself */
  public BriefingDeserializationSchema withoutValidation() {
    return new BriefingDeserializationSchema(false);
  }

  @Override
  public Briefing deserialize(byte[] message) {
    // The codec is made per call: it is immutable and cheap to look up, and not Serializable.
    BriefingJson codec = validating ? BriefingJson.create() : BriefingJson.create().withoutValidation();
    return codec.read(new ByteArrayInputStream(message));
  }

  @Override
  public boolean isEndOfStream(Briefing next) {
    return false;
  }

  @Override
  public TypeInformation<Briefing> getProducedType() {
    return BriefingTypeInfo.create();
  }
}
