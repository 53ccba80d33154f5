/**
 * The briefing model, its validation, and the format SPI.
 *
 * <pre>{@code
 * Briefing briefing = Briefing.builder().signal("...").whatHappened("...").build();
 * BriefingValidator.standard().requireValid(briefing);
 * }</pre>
 */
module dev.briefing.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  // Only the annotation that makes a mapper without our module refuse the model.
  requires static com.fasterxml.jackson.annotation;

  exports dev.briefing.core;
  exports dev.briefing.core.format;
  // The NDJSON reader and the Flink job read their lines with the converter's line reader, so
  // that one thread, many, and a Flink job read the same lines.
  exports dev.briefing.core.internal.lines to dev.briefing.json, dev.briefing.flink;
  // The JSON reader checks each text for plain text while the parser holds its characters, and
  // then has every other rule checked without scanning the texts again.
  exports dev.briefing.core.internal.validation to dev.briefing.json;

  // Any Bean Validation provider reads the model's constraints reflectively and creates their
  // validators (AccessorConstraints is how it sees the accessors' rules).
  opens dev.briefing.core;
  opens dev.briefing.core.internal.validation;
  // A Jackson mapper without the briefing module calls ParseWarning's refusing creator.
  opens dev.briefing.core.format;

  uses dev.briefing.core.format.BriefingFormat;
}
