/**
 * The JSON wire format for briefings, on Jackson 2: a codec ({@link dev.briefing.json.BriefingJson}),
 * a Jackson {@link dev.briefing.json.BriefingModule} for your own {@code ObjectMapper}, NDJSON
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
 * <p>The format is described in {@code docs/json-format.md}; its JSON Schema is
 * {@link dev.briefing.json.BriefingJson#schema()}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
package dev.briefing.json;

import org.immutables.value.Value;
