/**
 * The JSON wire format for briefings: a codec ({@link dev.briefing.json.BriefingJson}) that runs
 * on Jackson 3 ({@code briefing-jackson3}) or Jackson 2 ({@code briefing-jackson2}), NDJSON
 * streaming ({@link dev.briefing.json.NdjsonReader}, {@link dev.briefing.json.NdjsonWriter}),
 * and the {@code json} and {@code ndjson} formats of the format registry.
 *
 * <pre>{@code
 * BriefingJson json = BriefingJson.create();
 * String text = json.write(briefing);
 * Briefing back = json.read(text);            // strict, validated
 * String forPeople = json.pretty().write(briefing);
 * }</pre>
 *
 * <p>For your own {@code ObjectMapper}, register {@code dev.briefing.jackson3.BriefingModule}
 * or {@code dev.briefing.jackson2.BriefingModule}. The format is described in {@code docs/json-format.md}; its JSON Schema is
 * {@link dev.briefing.json.BriefingJson#schema()}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
package dev.briefing.json;

import org.immutables.value.Value;
