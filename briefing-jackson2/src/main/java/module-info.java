/**
 * The briefing wire format on Jackson 2: the {@code BriefingModule} for your own
 * {@code ObjectMapper}, and the backend {@code BriefingJson} runs on when Jackson 3's is absent.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // finds BriefingModule
 * String json = BriefingJson.create().write(briefing);                // runs on Jackson 2
 * }</pre>
 */
module dev.briefing.jackson2 {
  requires transitive dev.briefing.json;
  // BriefingModule is a databind Module, so users see databind types through it.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports dev.briefing.jackson2;

  provides com.fasterxml.jackson.databind.Module with dev.briefing.jackson2.BriefingModule;
  provides dev.briefing.json.internal.wire.JsonBackend with dev.briefing.jackson2.internal.Jackson2Backend;
}
