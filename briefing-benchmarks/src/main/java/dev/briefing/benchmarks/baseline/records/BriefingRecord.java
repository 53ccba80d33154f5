package dev.briefing.benchmarks.baseline.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A briefing as a plain record; {@code null} stands for an absent optional and is left out of the JSON.
 * Unknown properties are ignored so that this baseline can read the documents our codec writes.
 *
 * <pre>{@code
 * BriefingRecord record = new ObjectMapper().readValue(json, BriefingRecord.class);
 * }</pre>
 *
 * @param schemaVersion the wire format version
 * @param title the headline or {@code null}
 * @param signal The Signal
 * @param whatHappened What Happened
 * @param impacts Why It Matters
 * @param figures The Numbers
 * @param watchItems What To Watch
 * @param metadata publishing metadata or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schemaVersion", "title", "signal", "whatHappened", "impacts", "figures", "watchItems", "metadata"})
public record BriefingRecord(
    String schemaVersion,
    String title,
    String signal,
    String whatHappened,
    List<ImpactRecord> impacts,
    List<FigureRecord> figures,
    List<WatchItemRecord> watchItems,
    MetadataRecord metadata) {}
