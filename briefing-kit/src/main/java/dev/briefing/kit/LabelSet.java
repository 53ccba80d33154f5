package dev.briefing.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A named vocabulary of section headings that a tolerant parser recognises, several words per
 * section: the library's own labels in each language, the newsletter style ("The big picture",
 * "Driving the news", "By the numbers", "What's next"), the intelligence style ("BLUF", "Key
 * judgments", "Signposts"), and any set a user builds. Every heading a tolerant parser reads
 * is reported with the name of the set that matched it.
 *
 * <p>Matching ignores case, repeated spaces and the difference between {@code '} and {@code ’};
 * decoration around a label (Markdown {@code #}s, bold, emoji, numbering, a trailing colon) is
 * the parser's to strip, so a set lists bare words.
 *
 * <pre>{@code
 * LabelSet house = LabelSet.builder("house", Locale.ENGLISH)
 *     .add(Section.SIGNAL, "Top line")
 *     .add(Section.WHAT_TO_WATCH, "On the radar")
 *     .build();
 * ParseOptions options = ParseOptions.builder().tolerant(true).addLabelSet(house).build();
 * LabelSet.newsletter().labels(Section.SIGNAL);   // [The big picture, The bottom line]
 * }</pre>
 */
public final class LabelSet {

  private static final List<LabelSet> BUILT_IN = List.copyOf(builtInSets());

  private final String name;
  private final Locale language;
  private final Map<Section, List<String>> labels;

  private LabelSet(String name, Locale language, Map<Section, List<String>> labels) {
    this.name = name;
    this.language = language;
    this.labels = labels;
  }

  /**
   * @param name the set's name, as reports quote it
   * @param language the language of its words
   * @return a builder of an empty set
   */
  public static Builder builder(String name, Locale language) {
    return new Builder(name, language);
  }

  /**
   * @param labels one language's labels, as the renderers write them
   * @return the set of their section headings, named {@code "library (<tag>)"}
   */
  public static LabelSet of(SectionLabels labels) {
    return builder("library (" + labels.language().toLanguageTag() + ")", labels.language())
        .add(Section.SIGNAL, labels.signal())
        .add(Section.WHAT_HAPPENED, labels.whatHappened())
        .add(Section.WHY_IT_MATTERS, labels.whyItMatters())
        .add(Section.THE_NUMBERS, labels.theNumbers())
        .add(Section.WHAT_TO_WATCH, labels.whatToWatch())
        .add(Section.DETAILS, labels.details())
        .build();
  }

  /** @return the newsletter headings: "The big picture", "Driving the news", "By the numbers", ... */
  public static LabelSet newsletter() {
    return BUILT_IN.get(SectionLabels.builtIn().size());
  }

  /** @return the intelligence headings: "BLUF", "Key judgments", "Implications", "Signposts", ... */
  public static LabelSet intelligence() {
    return BUILT_IN.get(SectionLabels.builtIn().size() + 1);
  }

  /**
   * @return every built-in set: the library's labels in English, German, French and Spanish
   *     (with the synonyms listed for each), then {@link #newsletter()} and
   *     {@link #intelligence()}
   */
  public static List<LabelSet> builtIn() {
    return BUILT_IN;
  }

  private static List<LabelSet> builtInSets() {
    List<LabelSet> sets = new ArrayList<>();
    for (SectionLabels labels : SectionLabels.builtIn()) {
      sets.add(of(labels).toBuilder().addAll(Synonyms.of(labels.language())).build());
    }
    sets.add(builder("newsletter", Locale.ENGLISH)
        .add(Section.SIGNAL, "The big picture", "The bottom line")
        .add(Section.WHAT_HAPPENED, "Driving the news")
        .add(Section.WHY_IT_MATTERS, "Why it matters")
        .add(Section.THE_NUMBERS, "By the numbers")
        .add(Section.WHAT_TO_WATCH, "What's next", "What to watch")
        .build());
    sets.add(builder("intelligence", Locale.ENGLISH)
        .add(Section.SIGNAL, "Bottom line up front", "BLUF", "Key judgments", "Key judgment")
        .add(Section.WHAT_HAPPENED, "Background")
        .add(Section.WHY_IT_MATTERS, "Implications")
        .add(Section.THE_NUMBERS, "Key figures", "Key numbers")
        .add(Section.WHAT_TO_WATCH, "Outlook", "Signposts", "Indicators to watch")
        .build());
    return sets;
  }

  /** @return the set's name */
  public String name() {
    return name;
  }

  /** @return the language of its words */
  public Locale language() {
    return language;
  }

  /**
   * @param section a section
   * @return the headings that name it, in the order added; empty when none
   */
  public List<String> labels(Section section) {
    return labels.getOrDefault(section, List.of());
  }

  /** @return a builder starting from this set */
  public Builder toBuilder() {
    Builder builder = new Builder(name, language);
    labels.forEach((section, words) -> builder.add(section, words.toArray(String[]::new)));
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LabelSet o && name.equals(o.name) && language.equals(o.language) && labels.equals(o.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, language, labels);
  }

  @Override
  public String toString() {
    return "LabelSet[" + name + ", " + labels + "]";
  }

  /** Builds a {@link LabelSet}. */
  public static final class Builder {
    private final String name;
    private final Locale language;
    private final Map<Section, List<String>> labels = new EnumMap<>(Section.class);

    private Builder(String name, Locale language) {
      this.name = Objects.requireNonNull(name, "name");
      this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * @param section the section the words name; not {@link Section#TITLE}
     * @param words headings that name it
     * @return this builder
     * @throws IllegalArgumentException for the title or a blank word
     */
    public Builder add(Section section, String... words) {
      if (section == Section.TITLE) {
        throw new IllegalArgumentException("the title has no heading; name a section");
      }
      List<String> list = labels.computeIfAbsent(section, s -> new ArrayList<>());
      for (String word : words) {
        if (Objects.requireNonNull(word, "word").isBlank()) {
          throw new IllegalArgumentException("a label must not be blank, for " + section);
        }
        if (!list.contains(word)) {
          list.add(word);
        }
      }
      return this;
    }

    private Builder addAll(Map<Section, List<String>> more) {
      more.forEach((section, words) -> add(section, words.toArray(String[]::new)));
      return this;
    }

    /** @return the set */
    public LabelSet build() {
      Map<Section, List<String>> copy = new EnumMap<>(Section.class);
      labels.forEach((section, words) -> copy.put(section, List.copyOf(words)));
      return new LabelSet(name, language, Collections.unmodifiableMap(copy));
    }
  }
}
