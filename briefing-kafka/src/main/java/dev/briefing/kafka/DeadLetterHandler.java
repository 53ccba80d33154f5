package dev.briefing.kafka;

import dev.briefing.kafka.internal.FailureHeaders;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Sends a record that cannot be deserialized, exactly as it arrived (key, value, headers), to a
 * dead-letter topic with {@link DeadLetterHeaders} saying what was wrong and where it was read,
 * and lets the application go on with the next record. Nothing is lost and one bad record
 * does not stop a stream.
 *
 * <p>Configured by class name; the dead-letter topic is the property {@value #TOPIC_CONFIG}.
 * Kafka Streams produces the dead letter itself, in the same transaction as the task's output
 * under exactly-once.
 *
 * <pre>{@code
 * props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
 * props.put(DeadLetterHandler.TOPIC_CONFIG, "briefings-dead");
 * }</pre>
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler {

  /** The property naming the dead-letter topic; required. */
  public static final String TOPIC_CONFIG = "briefing.dead.letter.topic";

  private String topic;

  /** Made by Kafka Streams from its configuration. */
  public DeadLetterHandler() {
  }

  @Override
  public void configure(Map<String, ?> configs) {
    Object value = configs.get(TOPIC_CONFIG);
    if (!(value instanceof String) || ((String) value).isBlank()) {
      throw new ConfigException(TOPIC_CONFIG, value,
          "DeadLetterHandler needs the dead-letter topic's name in '" + TOPIC_CONFIG + "'");
    }
    topic = (String) value;
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(topic, null,
        record.timestamp() < 0 ? null : record.timestamp(),
        record.key(), record.value(), record.headers());
    FailureHeaders.add(dead.headers(), exception, record.topic(), record.partition(), record.offset());
    return Response.resume(List.of(dead));
  }

  /** @return the dead-letter topic, once configured */
  public String topic() {
    return topic;
  }
}
