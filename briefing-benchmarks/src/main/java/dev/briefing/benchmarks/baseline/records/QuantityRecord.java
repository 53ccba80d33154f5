package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A parsed quantity as a plain record; numbers travel as decimal strings so no precision is lost.
 *
 * <pre>{@code
 * QuantityRecord q = new QuantityRecord("72300000000", "72300000000", "USD", null, false);
 * }</pre>
 *
 * @param low the lower bound
 * @param high the upper bound
 * @param currency ISO 4217 code or {@code null}
 * @param unit the unit or {@code null}
 * @param approximate whether the value was written as an approximation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"low", "high", "currency", "unit", "approximate"})
public record QuantityRecord(String low, String high, String currency, String unit, boolean approximate) {}
