package dev.briefing.json;

import org.immutables.value.Value;

/**
 * How much a read accepts before it gives up with a {@link dev.briefing.core.BriefingFormatException}:
 * document size, string length, nesting depth, property-name and number length, token count.
 * The defaults fit every valid briefing with room to spare and stop hostile input early. They
 * are set on the codec's own Jackson factory, never on Jackson's JVM-wide defaults.
 *
 * <pre>{@code
 * BriefingJson json = BriefingJson.create()
 *     .withLimits(JsonLimits.defaults().withMaxDocumentLength(1_000_000));
 * }</pre>
 */
@Value.Immutable
public abstract class JsonLimits implements WithJsonLimits {

  JsonLimits() {}

  /** @return the default limits */
  public static JsonLimits defaults() {
    return builder().build();
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the longest document, in characters (bytes when reading an InputStream); default 8,000,000 */
  @Value.Default
  public long maxDocumentLength() {
    return 8_000_000L;
  }

  /** @return the longest string value, in characters; default 100,000 (a valid briefing's longest field is 20,000) */
  @Value.Default
  public int maxStringLength() {
    return 100_000;
  }

  /** @return the deepest nesting of objects and arrays; default 32 (a briefing needs 4) */
  @Value.Default
  public int maxNestingDepth() {
    return 32;
  }

  /** @return the longest property name, in characters; default 1,000 */
  @Value.Default
  public int maxNameLength() {
    return 1_000;
  }

  /** @return the longest number, in characters; default 100 */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /** @return the most tokens in one document; default 1,000,000 */
  @Value.Default
  public long maxTokenCount() {
    return 1_000_000L;
  }

  @Value.Check
  void checkPositive() {
    if (maxDocumentLength() < 1 || maxStringLength() < 1 || maxNestingDepth() < 1
        || maxNameLength() < 1 || maxNumberLength() < 1 || maxTokenCount() < 1) {
      throw new IllegalArgumentException("JSON read limits must be positive: " + this);
    }
  }

  /** Builds {@link JsonLimits}; every limit not set keeps its default. */
  public static final class Builder extends ImmutableJsonLimits.Builder {
    Builder() {}
  }
}
