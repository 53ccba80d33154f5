/**
 * Plain Java records of the same shape as the briefing JSON wire format, for the Jackson
 * databind baseline: what a user who did not have this library would map with
 * {@code ObjectMapper}.
 *
 * <pre>{@code
 * BriefingRecord record = RecordMapping.toRecord(briefing);
 * String json = new ObjectMapper().writeValueAsString(record);
 * }</pre>
 */
package dev.briefing.benchmarks.baseline.records;
