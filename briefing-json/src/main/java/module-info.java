import dev.briefing.json.JsonFormat;
import dev.briefing.json.NdjsonFormat;

/**
 * The JSON wire format for briefings, free of any JSON library: the {@code BriefingJson} codec,
 * NDJSON streaming, the {@code json} and {@code ndjson} formats, and the wire shape itself.
 * The codec runs on a backend that {@code dev.briefing.jackson3} or {@code dev.briefing.jackson2}
 * provides; the shape's internals are exported to those two modules only.
 *
 * <pre>{@code
 * String json = BriefingJson.create().write(briefing);
 * Briefing back = BriefingJson.create().read(json);
 * }</pre>
 */
module dev.briefing.json {
  requires transitive dev.briefing.core;
  requires static org.immutables.value.annotations;

  exports dev.briefing.json;
  exports dev.briefing.json.internal to dev.briefing.jackson2, dev.briefing.jackson3;
  exports dev.briefing.json.internal.shape to dev.briefing.jackson2, dev.briefing.jackson3;
  exports dev.briefing.json.internal.wire to dev.briefing.jackson2, dev.briefing.jackson3;

  uses dev.briefing.json.internal.wire.JsonBackend;

  provides dev.briefing.core.format.BriefingFormat with JsonFormat, NdjsonFormat;
}
