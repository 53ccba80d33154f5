/**
 * The briefing wire format on Jackson 3: the {@code BriefingModule} for your own
 * {@code JsonMapper}, and the backend {@code BriefingJson} runs on by default.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build(); // finds BriefingModule
 * String json = BriefingJson.create().write(briefing);                   // runs on Jackson 3
 * }</pre>
 */
module dev.briefing.jackson3 {
  requires transitive dev.briefing.json;
  // BriefingModule is a JacksonModule, so users see databind types through it.
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;

  exports dev.briefing.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.briefing.jackson3.BriefingModule;
  provides dev.briefing.json.internal.wire.JsonBackend with dev.briefing.jackson3.internal.Jackson3Backend;
}
