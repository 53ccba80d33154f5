package dev.briefing.jackson3.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Our own {@link JsonFactory}: read limits set on it alone (never Jackson's JVM-wide
 * defaults), duplicate properties rejected at any depth when asked, callers' streams never closed, and the same
 * characters whether writing text or UTF-8 bytes.
 */
final class Factories {

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Factories() {}

  /**
   * @return a factory with these limits; lengths in characters (bytes for binary input)
   */
  static JsonFactory create(long maxDocumentLength, int maxStringLength, int maxNestingDepth,
      int maxNameLength, int maxNumberLength, long maxTokenCount, boolean duplicates) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxStringLength(maxStringLength)
        .maxNestingDepth(maxNestingDepth)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .maxTokenCount(maxTokenCount)
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Bytes and text output must match: emoji as UTF-8, not as escaped surrogate pairs.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        // Jackson 3 escapes '/' by default; the format (and Jackson 2) writes it as itself.
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        // NDJSON ends each line itself; Jackson's default would put a space between root values.
        .rootValueSeparator((String) null)
        .build();
  }

  /** @return a fresh pretty printer: two-space indent, {@code "name": value}, LF line ends */
  static DefaultPrettyPrinter prettyPrinter() {
    return PRETTY.createInstance();
  }
}
