package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A cited source as a plain record.
 *
 * <pre>{@code
 * SourceRecord source = new SourceRecord("TechCrunch", "https://techcrunch.com/");
 * }</pre>
 *
 * @param title the source's title
 * @param url its address
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceRecord(String title, String url) {}
