package dev.briefing.hardening.limits;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.text.TextParser;
import java.util.List;

/**
 * The readers the limits checks drive, by name: a readable format's registered parser under the
 * format's name, and besides the {@code text} and {@code markdown} parsers their tolerant reading,
 * {@code tolerant text} and {@code tolerant markdown}, which reads through other code.
 *
 * <pre>{@code
 * for (String reader : Readers.of("markdown")) {            // markdown, tolerant markdown
 *   Readers.parser(reader).parse(new StringReader(input));
 * }
 * }</pre>
 */
final class Readers {

  private static final String TOLERANT = "tolerant ";
  private static final ParseOptions TOLERANT_OPTIONS = ParseOptions.builder().tolerant(true).build();

  private Readers() {}

  /** @return the readers of a readable format */
  static List<String> of(String format) {
    return format.equals("text") || format.equals("markdown") ? List.of(format, TOLERANT + format) : List.of(format);
  }

  /** @return the format a reader reads */
  static String format(String reader) {
    return isTolerant(reader) ? reader.substring(TOLERANT.length()) : reader;
  }

  /** @return whether the reader is a tolerant reading */
  static boolean isTolerant(String reader) {
    return reader.startsWith(TOLERANT);
  }

  /** @return the reader's parser */
  static BriefingParser parser(String reader) {
    switch (reader) {
      case TOLERANT + "text":
        return TextParser.of(TOLERANT_OPTIONS);
      case TOLERANT + "markdown":
        return MarkdownParser.of(TOLERANT_OPTIONS);
      default:
        return FormatRegistry.loadDefault().parser(reader);
    }
  }
}
