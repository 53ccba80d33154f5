import dev.briefing.json.BriefingModule;
import dev.briefing.json.JsonFormat;
import dev.briefing.json.NdjsonFormat;

/**
 * The JSON wire format for briefings, on Jackson 2: the {@code BriefingJson} codec, the
 * Jackson {@code BriefingModule}, NDJSON streaming, and the {@code json} and {@code ndjson}
 * formats.
 *
 * <pre>{@code
 * String json = BriefingJson.create().write(briefing);
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // finds BriefingModule
 * }</pre>
 */
module dev.briefing.json {
  requires transitive dev.briefing.core;
  // BriefingModule is a databind Module, so users see databind types through it.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;

  exports dev.briefing.json;

  provides dev.briefing.core.format.BriefingFormat with JsonFormat, NdjsonFormat;
  provides com.fasterxml.jackson.databind.Module with BriefingModule;
}
