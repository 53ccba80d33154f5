package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An impact as a plain record.
 *
 * <pre>{@code
 * ImpactRecord impact = new ImpactRecord(1, "Anthropic gains ...");
 * }</pre>
 *
 * @param order 1 for first-order, 2 for second-order, ...
 * @param text the judgment
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImpactRecord(int order, String text) {}
