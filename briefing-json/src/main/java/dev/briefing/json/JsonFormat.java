package dev.briefing.json;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import java.util.Optional;

/**
 * The {@code json} format of the format registry: {@code application/json}, {@code .json}; an
 * input whose first line starts an object is a solid match (the start of a JSON document, or
 * of NDJSON). Its renderer writes indented JSON ({@link BriefingJson#pretty()}) of whatever it
 * is given, as every renderer of the registry does (whether to convert an invalid briefing is
 * the caller's choice); its parser is strict and validating ({@link BriefingJson#create()}).
 * Found by {@link java.util.ServiceLoader}; construct it with a codec of your own to register
 * other limits or settings in code.
 *
 * <pre>{@code
 * String json = FormatRegistry.loadDefault().renderer("json").render(briefing);
 * Briefing back = FormatRegistry.loadDefault().parser("json").parse(json);
 * FormatRegistry trusting = FormatRegistry.loadDefault()
 *     .with(new JsonFormat(BriefingJson.create().pretty().lenient()));
 * }</pre>
 */
public final class JsonFormat extends DescribedFormat {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("json", "application/json")
      .extensions(".json")
      .probe(InputHead.firstLine(line -> line.startsWith("{"), MatchStrength.SOLID_MATCH))
      .build();

  /** Creates the format with the renderer and parser described above. */
  public JsonFormat() {
    // Made on first use, so that a registry of every format builds no codec for a program that
    // reads and writes no JSON, and a missing backend is told by the codec's own error.
    super(DESCRIPTOR, () -> BriefingJson.create().pretty().withoutValidation().asRenderer(), () -> BriefingJson.create().asParser());
  }

  /**
   * @param codec the codec to write and read with, exactly as it is set up (indentation,
   *     validation both ways, unknown properties, limits)
   */
  public JsonFormat(BriefingJson codec) {
    super(DESCRIPTOR, Optional.of(codec.asRenderer()), Optional.of(codec.asParser()));
  }
}
