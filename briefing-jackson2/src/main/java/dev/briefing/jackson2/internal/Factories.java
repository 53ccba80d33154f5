package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Our own {@link JsonFactory}: read limits set on it alone (never Jackson's JVM-wide
 * defaults), duplicate properties rejected at any depth, callers' streams never closed, and the same
 * characters whether writing text or UTF-8 bytes.
 */
final class Factories {

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Factories() {}

  /**
   * @return a factory with these limits; lengths in characters (bytes for binary input)
   */
  static JsonFactory create(long maxDocumentLength, int maxStringLength, int maxNestingDepth,
      int maxNameLength, int maxNumberLength, long maxTokenCount) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxStringLength(maxStringLength)
        .maxNestingDepth(maxNestingDepth)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .maxTokenCount(maxTokenCount)
        .build();
    return new JsonFactoryBuilder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Bytes and text output must match: emoji as UTF-8, not as escaped surrogate pairs.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        // NDJSON ends each line itself; Jackson's default would put a space between root values.
        .rootValueSeparator((String) null)
        .build();
  }

  /** @return a fresh pretty printer: two-space indent, {@code "name": value}, LF line ends */
  static DefaultPrettyPrinter prettyPrinter() {
    return PRETTY.createInstance();
  }
}
