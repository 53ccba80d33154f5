package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Publishing metadata as a plain record; dates and language stay strings as a quick mapping would keep them.
 *
 * <pre>{@code
 * MetadataRecord m = new MetadataRecord("id-1", null, "en", List.of(), List.of(), List.of());
 * }</pre>
 *
 * @param id the identifier or {@code null}
 * @param published RFC 3339 date-time or {@code null}
 * @param language BCP 47 tag or {@code null}
 * @param authors the authors
 * @param tags the tags
 * @param sources the sources
 */
// Like the wire format: absent values and empty lists are left out.
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "published", "language", "authors", "tags", "sources"})
public record MetadataRecord(
    String id, String published, String language, List<String> authors, List<String> tags, List<SourceRecord> sources) {
  /** A list left out of the document reads back as an empty one. */
  public MetadataRecord {
    authors = authors == null ? List.of() : authors;
    tags = tags == null ? List.of() : tags;
    sources = sources == null ? List.of() : sources;
  }
}
