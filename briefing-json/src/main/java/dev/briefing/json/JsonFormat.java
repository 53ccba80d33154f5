package dev.briefing.json;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import java.util.List;
import java.util.Optional;

/**
 * The {@code json} format of the format registry: {@code application/json}, {@code .json}.
 * Its renderer writes indented JSON ({@link BriefingJson#pretty()}) of whatever it is given, as
 * every renderer of the registry does (whether to convert an invalid briefing is the caller's
 * choice); its parser is strict and validating ({@link BriefingJson#create()}). Found by
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * String json = FormatRegistry.loadDefault().renderer("json").render(briefing);
 * Briefing back = FormatRegistry.loadDefault().parser("json").parse(json);
 * }</pre>
 */
public final class JsonFormat implements BriefingFormat {

  private static final BriefingRenderer RENDERER = BriefingJson.create().pretty().withoutValidation().asRenderer();
  private static final BriefingParser PARSER = BriefingJson.create().asParser();

  /** Creates the format; it holds no state. */
  public JsonFormat() {}

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> extensions() {
    return List.of(".json");
  }

  /** A first line that starts an object: the start of a JSON document, or of NDJSON. */
  @Override
  public MatchStrength probe(CharSequence head) {
    List<String> lines = InputHead.nonBlankLines(head, 1);
    return !lines.isEmpty() && lines.get(0).startsWith("{") ? MatchStrength.SOLID_MATCH : MatchStrength.NO_MATCH;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(RENDERER);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(PARSER);
  }
}
