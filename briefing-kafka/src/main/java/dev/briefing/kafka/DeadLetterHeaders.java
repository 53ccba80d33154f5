package dev.briefing.kafka;

/**
 * The headers a dead-letter record carries, next to the headers the record came with: what
 * was wrong and where the record was read. Values are UTF-8 text.
 *
 * <pre>{@code
 * ConsumerRecord<byte[], byte[]> dead = ...;
 * String why = new String(dead.headers().lastHeader(DeadLetterHeaders.ERROR).value(), UTF_8);
 * // "Not a briefing on topic 'briefings': line 1, column 2 at $: ..."
 * }</pre>
 */
public final class DeadLetterHeaders {

  /** What was wrong, with its place in the document where one is known. */
  public static final String ERROR = "briefing.error";
  /** The class of the exception that said so, such as {@code dev.briefing.core.BriefingFormatException}. */
  public static final String ERROR_TYPE = "briefing.error.type";
  /** The topic the record was read from. */
  public static final String SOURCE_TOPIC = "briefing.source.topic";
  /** The partition the record was read from, in decimal. */
  public static final String SOURCE_PARTITION = "briefing.source.partition";
  /** The record's offset in that partition, in decimal. */
  public static final String SOURCE_OFFSET = "briefing.source.offset";

  private DeadLetterHeaders() {
  }
}
