package dev.briefing.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every parser of a text layout can be told, in one immutable value: strict or lenient,
 * whether damaged characters are repaired, the longest input accepted, and house labels to
 * recognise besides the built-in languages.
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
  private final boolean repairText;
  private final int maxInputChars;
  private final List<SectionLabels> extraLabels;

  private ParseOptions(Builder builder) {
    this.lenient = builder.lenient;
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
    Builder builder = new Builder().lenient(lenient).repairText(repairText).maxInputChars(maxInputChars);
    extraLabels.forEach(builder::addLabels);
    return builder;
  }

  /** @return whether problems become warnings instead of errors */
  public boolean lenient() {
    return lenient;
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
    return other instanceof ParseOptions o && lenient == o.lenient && repairText == o.repairText
        && maxInputChars == o.maxInputChars && extraLabels.equals(o.extraLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lenient, repairText, maxInputChars, extraLabels);
  }

  @Override
  public String toString() {
    return "ParseOptions[" + (lenient ? "lenient" : "strict") + (repairText ? ", repair" : ", no repair")
        + ", maxInputChars=" + maxInputChars + ", extraLabels=" + extraLabels.size() + "]";
  }

  /** Builds {@link ParseOptions}; every setting starts at {@link #standard()}'s. */
  public static final class Builder {
    private boolean lenient;
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
