package dev.briefing.kafka.internal;

import dev.briefing.core.BriefingValidationException;
import dev.briefing.json.BriefingJson;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns an invalid briefing into its dead letter: the briefing's JSON, with every violation
 * and the record's source in the headers.
 */
public final class InvalidToDeadLetter implements FixedKeyProcessor<byte[], Checked, byte[]> {

  private final BriefingJson codec;
  private FixedKeyProcessorContext<byte[], byte[]> context;

  /** @param codec how the dead letter's value is written */
  public InvalidToDeadLetter(BriefingJson codec) {
    this.codec = codec;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], Checked> record) {
    Checked checked = record.value();
    BriefingValidationException error = new BriefingValidationException(checked.violations());
    RecordMetadata source = context.recordMetadata().orElse(null);
    FailureHeaders.add(record.headers(), error,
        source == null ? "" : source.topic(),
        source == null ? -1 : source.partition(),
        source == null ? -1 : source.offset());
    context.forward(record.withValue(codec.write(checked.briefing()).getBytes(StandardCharsets.UTF_8)));
  }
}
