package dev.briefing.render.internal.parse;

import dev.briefing.render.SectionLabels;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text and Markdown parsers share: strictness, repair, the input limit and the words
 * they recognise.
 *
 * @param lenient whether problems become warnings instead of errors
 * @param repairText whether damaged characters are repaired
 * @param maxInputChars the largest input accepted, in characters
 * @param vocabulary the section, impact-order and detail words recognised
 */
public record ParserSettings(boolean lenient, boolean repairText, int maxInputChars, Vocabulary vocabulary) {

  /** The default input limit: far above the largest valid briefing, far below trouble. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 16 * 1024 * 1024;

  /** Collects settings for the public parser builders. */
  public static final class Collector {
    private boolean lenient;
    private boolean repairText = true;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private final List<SectionLabels> labels = new ArrayList<>();

    /** @param lenient see {@link ParserSettings#lenient()} */
    public void lenient(boolean lenient) {
      this.lenient = lenient;
    }

    /** @param repairText see {@link ParserSettings#repairText()} */
    public void repairText(boolean repairText) {
      this.repairText = repairText;
    }

    /** @param maxInputChars see {@link ParserSettings#maxInputChars()}; at least 1 */
    public void maxInputChars(int maxInputChars) {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException("maxInputChars must be at least 1, but was " + maxInputChars);
      }
      this.maxInputChars = maxInputChars;
    }

    /** @param extra labels to recognise besides the built-in ones */
    public void addLabels(SectionLabels extra) {
      labels.add(java.util.Objects.requireNonNull(extra, "labels"));
    }

    /** @return the settings */
    public ParserSettings build() {
      List<SectionLabels> all = new ArrayList<>(SectionLabels.builtIn());
      all.addAll(labels);
      return new ParserSettings(lenient, repairText, maxInputChars, Vocabulary.of(all));
    }
  }
}
