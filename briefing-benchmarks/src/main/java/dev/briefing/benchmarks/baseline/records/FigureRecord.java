package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A figure as a plain record, with its parsed quantity as the wire format carries it.
 *
 * <pre>{@code
 * FigureRecord figure = new FigureRecord("$380B", "Valuation", "TechCrunch", null, null);
 * }</pre>
 *
 * @param value the value as written
 * @param label what it measures
 * @param source where it comes from, or {@code null}
 * @param asOf when it held, or {@code null}
 * @param quantity the parsed quantity, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"value", "label", "source", "asOf", "quantity"})
public record FigureRecord(String value, String label, String source, String asOf, QuantityRecord quantity) {}
