package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A watch item as a plain record.
 *
 * <pre>{@code
 * WatchItemRecord item = new WatchItemRecord("Compute Throttling", "Watch for signs ...");
 * }</pre>
 *
 * @param title the short title
 * @param description what to look for
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WatchItemRecord(String title, String description) {}
