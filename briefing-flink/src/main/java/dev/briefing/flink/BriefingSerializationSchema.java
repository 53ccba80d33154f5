package dev.briefing.flink;

import dev.briefing.core.Briefing;
import dev.briefing.json.BriefingJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * Writes a briefing as the UTF-8 bytes of its compact JSON, for any Flink sink that takes a
 * {@link SerializationSchema}.
 *
 * <pre>{@code
 * KafkaSink<Briefing> sink = KafkaSink.<Briefing>builder()
 *     .setRecordSerializer(KafkaRecordSerializationSchema.builder()
 *         .setTopic("briefings")
 *         .setValueSerializationSchema(BriefingSerializationSchema.create())
 *         .build())
 *     .build();
 * }</pre>
 */
public final class BriefingSerializationSchema implements SerializationSchema<Briefing> {
  private static final long serialVersionUID = 1L;

  private BriefingSerializationSchema() {
  }

  /** @return the schema */
  public static BriefingSerializationSchema create() {
    return new BriefingSerializationSchema();
  }

  @Override
  public byte[] serialize(Briefing briefing) {
    return BriefingJson.create().write(briefing).getBytes(StandardCharsets.UTF_8);
  }
}
