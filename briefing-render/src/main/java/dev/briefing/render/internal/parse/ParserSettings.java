package dev.briefing.render.internal.parse;

import dev.briefing.kit.ParseOptions;

/**
 * What the text and Markdown parsers share, prepared once from the public {@link ParseOptions}:
 * strictness, repair, the input limit and the words they recognise.
 *
 * @param lenient whether problems become warnings instead of errors
 * @param repairText whether damaged characters are repaired
 * @param maxInputChars the largest input accepted, in characters
 * @param vocabulary the section, impact-order and detail words recognised
 */
public record ParserSettings(boolean lenient, boolean repairText, int maxInputChars, Vocabulary vocabulary) {

  /**
   * @param options the public options
   * @return the settings, with the vocabulary of every label the options know
   */
  public static ParserSettings of(ParseOptions options) {
    return new ParserSettings(options.lenient(), options.repairText(), options.maxInputChars(),
        Vocabulary.of(options.knownLabels()));
  }
}
