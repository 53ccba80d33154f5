package dev.briefing.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every parser of a text layout can be told, in one immutable value: strict or lenient,
 * exact or tolerant, whether damaged characters are repaired, the longest input accepted, and
 * house labels to recognise besides the built-in languages.
 *
 * <p>Tolerant reading ({@link #tolerant()}) reads text as people and language models write it:
 * headings in many styles and vocabularies ({@link LabelSet}), hard-wrapped paragraphs, lists and
 * tables, with the text around the briefing dropped; every inference is a note of the
 * parse result and every drop a warning. A tolerant parser never fails on content, so it
 * implies {@link #lenient()}.
 *
 * <pre>{@code
 * ParseOptions tolerant = ParseOptions.builder()
 *     .lenient(true)                                 // problems become warnings
 *     .addLabels(SectionLabels.english().withSignal("Bottom line"))
 *     .build();
 * }</pre>
 */
public final class ParseOptions {

  /** The default input limit: far above the largest valid briefing, far below trouble. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 16 * 1024 * 1024;

  private static final ParseOptions STANDARD = builder().build();

  private final boolean lenient;
  private final boolean tolerant;
  private final boolean repairText;
  private final int maxInputChars;
  private final List<SectionLabels> extraLabels;
  private final List<LabelSet> extraLabelSets;

  private ParseOptions(Builder builder) {
    this.lenient = builder.lenient || builder.tolerant;
    this.tolerant = builder.tolerant;
    this.extraLabelSets = List.copyOf(builder.extraLabelSets);
    this.repairText = builder.repairText;
    this.maxInputChars = builder.maxInputChars;
    this.extraLabels = List.copyOf(builder.extraLabels);
  }

  /** @return strict, repairing, up to 16 Mi characters, the built-in labels only */
  public static ParseOptions standard() {
    return STANDARD;
  }

  /** @return a builder starting from {@link #standard()} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from these options */
  public Builder toBuilder() {
    Builder builder = new Builder().lenient(lenient).tolerant(tolerant).repairText(repairText).maxInputChars(maxInputChars);
    extraLabels.forEach(builder::addLabels);
    extraLabelSets.forEach(builder::addLabelSet);
    return builder;
  }

  /** @return whether problems become warnings instead of errors */
  public boolean lenient() {
    return lenient;
  }

  /** @return whether text is read as people write it, not only in the library's own layouts */
  public boolean tolerant() {
    return tolerant;
  }

  /**
   * @return every heading vocabulary a tolerant parser recognises: the built-in sets, one for
   *     each of the extra labels, then the extra sets
   */
  public List<LabelSet> knownLabelSets() {
    List<LabelSet> all = new ArrayList<>(LabelSet.builtIn());
    extraLabels.forEach(labels -> all.add(LabelSet.of(labels)));
    all.addAll(extraLabelSets);
    return List.copyOf(all);
  }

  /** @return the heading vocabularies recognised besides the built-in ones */
  public List<LabelSet> extraLabelSets() {
    return extraLabelSets;
  }

  /** @return whether damaged characters are repaired */
  public boolean repairText() {
    return repairText;
  }

  /** @return the longest input accepted, in characters */
  public int maxInputChars() {
    return maxInputChars;
  }

  /** @return the house labels recognised besides the built-in ones */
  public List<SectionLabels> extraLabels() {
    return extraLabels;
  }

  /** @return every set of labels recognised: the built-in languages, then the extra labels */
  public List<SectionLabels> knownLabels() {
    List<SectionLabels> all = new ArrayList<>(SectionLabels.builtIn());
    all.addAll(extraLabels);
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParseOptions o && lenient == o.lenient && tolerant == o.tolerant
        && repairText == o.repairText && maxInputChars == o.maxInputChars && extraLabels.equals(o.extraLabels)
        && extraLabelSets.equals(o.extraLabelSets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lenient, tolerant, repairText, maxInputChars, extraLabels, extraLabelSets);
  }

  @Override
  public String toString() {
    return "ParseOptions[" + (tolerant ? "tolerant" : lenient ? "lenient" : "strict") + (repairText ? ", repair" : ", no repair")
        + ", maxInputChars=" + maxInputChars + ", extraLabels=" + extraLabels.size()
        + ", extraLabelSets=" + extraLabelSets.size() + "]";
  }

  /** Builds {@link ParseOptions}; every setting starts at {@link #standard()}'s. */
  public static final class Builder {
    private boolean lenient;
    private boolean tolerant;
    private final List<LabelSet> extraLabelSets = new ArrayList<>();
    private boolean repairText = true;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private final List<SectionLabels> extraLabels = new ArrayList<>();

    private Builder() {}

    /**
     * @param lenient true to turn problems into warnings; default false
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * @param tolerant true to read text as people write it (and so leniently); default false,
     *     the library's own layouts exactly
     * @return this builder
     */
    public Builder tolerant(boolean tolerant) {
      this.tolerant = tolerant;
      return this;
    }

    /**
     * @param labels a heading vocabulary a tolerant parser recognises besides the built-in ones
     * @return this builder
     */
    public Builder addLabelSet(LabelSet labels) {
      extraLabelSets.add(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /**
     * @param repairText false to keep damaged characters as they are; default true
     * @return this builder
     */
    public Builder repairText(boolean repairText) {
      this.repairText = repairText;
      return this;
    }

    /**
     * @param maxInputChars the longest input accepted, in characters; default 16 Mi
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxInputChars(int maxInputChars) {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException("maxInputChars must be at least 1, but was " + maxInputChars);
      }
      this.maxInputChars = maxInputChars;
      return this;
    }

    /**
     * @param labels house labels to recognise besides the built-in languages
     * @return this builder
     */
    public Builder addLabels(SectionLabels labels) {
      extraLabels.add(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /** @return the options */
    public ParseOptions build() {
      return new ParseOptions(this);
    }
  }
}
