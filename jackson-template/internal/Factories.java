package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.StreamReadConstraints;
import ${jackson.core}.StreamReadFeature;
import ${jackson.core}.StreamWriteFeature;
import ${jackson.factoryPackage}.JsonFactory;
import ${jackson.factoryPackage}.JsonFactoryBuilder;
import ${jackson.core}.json.JsonWriteFeature;
import ${jackson.core}.util.DefaultIndenter;
import ${jackson.core}.util.DefaultPrettyPrinter;
import ${jackson.core}.util.Separators;

/**
 * Our own {@link JsonFactory}: read limits set on it alone (never Jackson's JVM-wide
 * defaults), duplicate properties rejected at any depth when asked, callers' streams never
 * closed, and the same characters whether writing text or UTF-8 bytes, on either Jackson line.
 */
final class Factories {

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .${jackson.nameValueSpacing}(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Factories() {}

  /**
   * @param duplicates whether the parsers report a repeated property themselves
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
    return new JsonFactoryBuilder()
        .streamReadConstraints(limits)
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
        // Names the same instances as the shape's constants, so matching a name is one compare
        // of references: Jackson 2's default, which Jackson 3 turned off.
        .enable(${jackson.internNames})
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Bytes and text output must match: emoji as UTF-8, not as escaped surrogate pairs.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        // The format writes '/' as itself and hex escapes in upper case: Jackson 2's defaults,
        // which Jackson 3 changed.
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
