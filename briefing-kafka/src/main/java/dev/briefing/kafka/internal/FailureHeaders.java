package dev.briefing.kafka.internal;

import dev.briefing.kafka.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;

/** Adds the {@link DeadLetterHeaders} to a record's headers, for both ways a record dies. */
public final class FailureHeaders {

  private FailureHeaders() {
  }

  /**
   * @param headers the record's headers, kept and added to
   * @param error what went wrong
   * @param topic where the record came from
   * @param partition its partition
   * @param offset its offset
   * @return {@code headers}
   */
  public static Headers add(Headers headers, Throwable error, String topic, int partition, long offset) {
    return headers
        .add(DeadLetterHeaders.ERROR, utf8(String.valueOf(error.getMessage())))
        .add(DeadLetterHeaders.ERROR_TYPE, utf8(reason(error).getClass().getName()))
        .add(DeadLetterHeaders.SOURCE_TOPIC, utf8(topic))
        .add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(partition)))
        .add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(offset)));
  }

  /** Kafka's wrapper says only that deserializing failed; its cause says why. */
  private static Throwable reason(Throwable error) {
    return error instanceof SerializationException && error.getCause() != null ? error.getCause() : error;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
