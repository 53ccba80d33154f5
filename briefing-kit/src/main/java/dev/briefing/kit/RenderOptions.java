package dev.briefing.kit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What every renderer can be told, in one immutable value: the labels (and with them the
 * language), the sections written, the title's heading level, how figures are laid out, and
 * whether a whole document or a fragment is written. A format uses what applies to it and
 * ignores the rest (plain text has no heading levels; only HTML has a document around the
 * briefing), so one value configures every format alike.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *     .labels(SectionLabels.german())
 *     .sections(EnumSet.complementOf(EnumSet.of(Section.DETAILS)))
 *     .figureLayout(FigureLayout.TABLE)
 *     .headingLevel(2)
 *     .fragment(true)
 *     .build();
 * RenderOptions english = options.toBuilder().labels(SectionLabels.english()).build();
 * }</pre>
 */
public final class RenderOptions {

  /** The deepest title level that leaves its sections a level (HTML and Markdown have six). */
  public static final int MAX_HEADING_LEVEL = 5;

  private static final RenderOptions STANDARD = builder().build();

  private final SectionLabels labels;
  private final Set<Section> sections;
  private final FigureLayout figureLayout;
  private final int headingLevel;
  private final boolean fragment;

  private RenderOptions(Builder builder) {
    this.labels = builder.labels;
    this.sections = Collections.unmodifiableSet(EnumSet.copyOf(builder.sections));
    this.figureLayout = builder.figureLayout;
    this.headingLevel = builder.headingLevel;
    this.fragment = builder.fragment;
  }

  /** @return English labels, every section, figures as a list, title level 1, a whole document */
  public static RenderOptions standard() {
    return STANDARD;
  }

  /** @return a builder starting from {@link #standard()} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from these options */
  public Builder toBuilder() {
    return new Builder().labels(labels).sections(sections).figureLayout(figureLayout)
        .headingLevel(headingLevel).fragment(fragment);
  }

  /** @return the words for headings, impact orders and details */
  public SectionLabels labels() {
    return labels;
  }

  /** @return the language of the labels, for what a format writes in words (numbers, dates) */
  public Locale language() {
    return labels.language();
  }

  /** @return the sections written, unmodifiable; a section the briefing lacks is left out anyway */
  public Set<Section> sections() {
    return sections;
  }

  /** @return how The Numbers are laid out */
  public FigureLayout figureLayout() {
    return figureLayout;
  }

  /** @return the title's heading level, 1 to {@value #MAX_HEADING_LEVEL}; sections are one below */
  public int headingLevel() {
    return headingLevel;
  }

  /** @return whether only the briefing is written, without the document around it */
  public boolean fragment() {
    return fragment;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenderOptions o && labels.equals(o.labels) && sections.equals(o.sections)
        && figureLayout == o.figureLayout && headingLevel == o.headingLevel && fragment == o.fragment;
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, sections, figureLayout, headingLevel, fragment);
  }

  @Override
  public String toString() {
    return "RenderOptions[" + labels.language().toLanguageTag() + ", " + sections + ", " + figureLayout
        + ", headingLevel=" + headingLevel + (fragment ? ", fragment]" : ", document]");
  }

  /** Builds {@link RenderOptions}; every setting starts at {@link #standard()}'s. */
  public static final class Builder {
    private SectionLabels labels = SectionLabels.english();
    private Set<Section> sections = Section.all();
    private FigureLayout figureLayout = FigureLayout.LIST;
    private int headingLevel = 1;
    private boolean fragment;

    private Builder() {}

    /**
     * @param labels the words for headings, impact orders and details; English by default
     * @return this builder
     */
    public Builder labels(SectionLabels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * @param sections the parts to write; all by default
     * @return this builder
     */
    public Builder sections(Set<Section> sections) {
      Set<Section> copy = EnumSet.noneOf(Section.class);
      copy.addAll(Objects.requireNonNull(sections, "sections"));
      this.sections = copy;
      return this;
    }

    /**
     * @param figureLayout a list (the default, read back by the parsers) or a table
     * @return this builder
     */
    public Builder figureLayout(FigureLayout figureLayout) {
      this.figureLayout = Objects.requireNonNull(figureLayout, "figureLayout");
      return this;
    }

    /**
     * @param headingLevel the title's level, 1 to {@value RenderOptions#MAX_HEADING_LEVEL} (default 1); sections are one below
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder headingLevel(int headingLevel) {
      if (headingLevel < 1 || headingLevel > MAX_HEADING_LEVEL) {
        throw new IllegalArgumentException("headingLevel must be 1.." + MAX_HEADING_LEVEL
            + " so sections fit in six levels, but was " + headingLevel);
      }
      this.headingLevel = headingLevel;
      return this;
    }

    /**
     * @param fragment {@code true} for only the briefing; {@code false} (the default) for a
     *     whole document, where the format has one
     * @return this builder
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /** @return the options */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
