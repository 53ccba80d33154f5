package dev.briefing.cli.internal;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.json.BriefingJson;
import dev.briefing.json.JsonFormat;
import dev.briefing.json.NdjsonFormat;
import dev.briefing.kit.ConfigurableFormat;
import dev.briefing.kit.ParseOptions;
import java.util.Optional;

/**
 * The registry the commands read with: every format on the kit reading tolerantly for {@code
 * --lenient} (text, Markdown and HTML read as people write them), and the JSON ones made not to
 * validate (leniently for {@code --lenient}), since the converter checks every briefing itself
 * (and {@code --no-validate} must be able to write what breaks a rule); validation is a setting
 * of the JSON codec, not of the kit's parse options. Any other format reads with its own parser.
 */
final class ReadingFormats {

  private static final ParseOptions LENIENT = ParseOptions.builder().tolerant(true).build();

  private ReadingFormats() {}

  /**
   * @param formats the registered formats
   * @param lenient whether parsers tolerate what they can, with warnings
   * @return the formats, reading as asked
   */
  static FormatRegistry of(FormatRegistry formats, boolean lenient) {
    BriefingJson json = lenient ? BriefingJson.create().lenient().withoutValidation() : BriefingJson.create().withoutValidation();
    FormatRegistry reading = formats;
    for (BriefingFormat format : formats.formats()) {
      if (format instanceof ConfigurableFormat configurable && lenient) {
        reading = reading.with(configurable.reading(LENIENT));
      } else if (format instanceof JsonFormat described) {
        reading = reading.with(described.descriptor().format(format.renderer(), Optional.of(json.asParser())));
      } else if (format instanceof NdjsonFormat) {
        reading = reading.with(new NdjsonFormat(json));
      }
    }
    return reading;
  }
}
