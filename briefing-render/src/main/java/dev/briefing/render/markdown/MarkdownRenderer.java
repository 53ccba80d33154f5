package dev.briefing.render.markdown;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.render.FigureLayout;
import dev.briefing.render.Section;
import dev.briefing.render.SectionLabels;
import dev.briefing.render.internal.ImpactOrderLabel;
import dev.briefing.render.internal.MarkdownText;
import dev.briefing.render.internal.OutputSize;
import dev.briefing.render.internal.ParagraphSpans;
import dev.briefing.render.internal.SafeUrl;
import dev.briefing.render.internal.Timestamps;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a briefing as CommonMark: a heading per section, paragraphs, bullet lists for the
 * impacts ({@code - **First-order:** ...}), figures ({@code - **$72.3B**: label (*source*)}),
 * watch items and details, and a link per source. Immutable and thread-safe: build once, reuse.
 *
 * <p>All user text is escaped so that a CommonMark parser gives back exactly the original
 * strings: no text can become a link, heading, list, HTML or emphasis. Only http, https and
 * mailto sources become links; any other address is left out and its title written as text.
 * The output ends with one newline.
 *
 * <pre>{@code
 * MarkdownRenderer markdown = MarkdownRenderer.builder()
 *     .headingLevel(2)                     // title "##", sections "###"
 *     .figureLayout(FigureLayout.TABLE)    // GFM table, render-only
 *     .build();
 * String md = markdown.render(briefing);
 * }</pre>
 */
public final class MarkdownRenderer implements BriefingRenderer {

  private static final MarkdownRenderer STANDARD = builder().build();

  private final SectionLabels labels;
  private final Set<Section> sections;
  private final FigureLayout figureLayout;
  private final int headingLevel;
  private final String titlePrefix;
  private final String signalHeading;
  private final String whatHappenedHeading;
  private final String whyItMattersHeading;
  private final String theNumbersHeading;
  private final String whatToWatchHeading;
  private final String detailsHeading;
  private final String[] impactPrefixes;
  private final String asOfPrefix;
  private final String tableHeader;
  private final String idPrefix;
  private final String publishedPrefix;
  private final String languagePrefix;
  private final String authorPrefix;
  private final String tagPrefix;
  private final String sourcePrefix;

  private MarkdownRenderer(Builder builder) {
    this.labels = builder.labels;
    this.sections = EnumSet.copyOf(builder.sections);
    this.figureLayout = builder.figureLayout;
    this.headingLevel = builder.headingLevel;
    this.titlePrefix = "#".repeat(headingLevel) + " ";
    String sectionPrefix = "#".repeat(headingLevel + 1) + " ";
    this.signalHeading = sectionPrefix + escape(labels.signal()) + "\n";
    this.whatHappenedHeading = sectionPrefix + escape(labels.whatHappened()) + "\n";
    this.whyItMattersHeading = sectionPrefix + escape(labels.whyItMatters()) + "\n";
    this.theNumbersHeading = sectionPrefix + escape(labels.theNumbers()) + "\n";
    this.whatToWatchHeading = sectionPrefix + escape(labels.whatToWatch()) + "\n";
    this.detailsHeading = sectionPrefix + escape(labels.details()) + "\n";
    List<String> orders = labels.impactOrders();
    this.impactPrefixes = new String[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      impactPrefixes[i] = "- **" + escape(orders.get(i)) + ":** ";
    }
    this.asOfPrefix = escape(labels.asOf()) + " *";
    this.tableHeader = "| " + escape(labels.valueHeading()) + " | " + escape(labels.measureHeading()) + " | "
        + escape(labels.source()) + " | " + escape(labels.asOfHeading()) + " |\n| --- | --- | --- | --- |\n";
    this.idPrefix = detailPrefix(labels.id());
    this.publishedPrefix = detailPrefix(labels.published());
    this.languagePrefix = detailPrefix(labels.languageLabel());
    this.authorPrefix = detailPrefix(labels.author());
    this.tagPrefix = detailPrefix(labels.tag());
    this.sourcePrefix = detailPrefix(labels.source());
  }

  /** @return a renderer with English labels, every section, title level 1, figures as a list */
  public static MarkdownRenderer standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard options */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders the briefing into a string, in a buffer sized from the briefing's text so that a
   * long briefing is not copied again and again as the buffer grows.
   *
   * <pre>{@code
   * String markdown = MarkdownRenderer.standard().render(briefing);
   * }</pre>
   *
   * @param briefing the briefing
   * @return the Markdown
   */
  @Override
  public String render(Briefing briefing) {
    // Per item: a list marker, emphasis and a label such as "Second-order:"; once: the headings.
    StringBuilder out = new StringBuilder(OutputSize.of(briefing, sections, 32, 256, 16));
    render(briefing, out);
    return out.toString();
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    Blocks blocks = new Blocks(out);
    if (sections.contains(Section.TITLE) && briefing.title().isPresent()) {
      blocks.start().append(titlePrefix);
      MarkdownText.append(out, briefing.title().get());
      out.append('\n');
    }
    if (sections.contains(Section.SIGNAL)) {
      blocks.start().append(signalHeading);
      blocks.paragraphs(briefing.signal());
    }
    if (sections.contains(Section.WHAT_HAPPENED)) {
      blocks.start().append(whatHappenedHeading);
      blocks.paragraphs(briefing.whatHappened());
    }
    if (sections.contains(Section.WHY_IT_MATTERS) && !briefing.impacts().isEmpty()) {
      blocks.start().append(whyItMattersHeading);
      blocks.start();
      List<Impact> impacts = briefing.impacts();
      for (int i = 0; i < impacts.size(); i++) {
        Impact impact = impacts.get(i);
        out.append(impactPrefixes[ImpactOrderLabel.index(impactPrefixes.length, impact.order(), i)]);
        itemParagraphs(impact.text(), out);
      }
    }
    if (sections.contains(Section.THE_NUMBERS) && !briefing.figures().isEmpty()) {
      blocks.start().append(theNumbersHeading);
      blocks.start();
      if (figureLayout == FigureLayout.TABLE) {
        writeTable(briefing.figures(), out);
      } else {
        for (Figure figure : briefing.figures()) {
          writeFigure(figure, out);
        }
      }
    }
    if (sections.contains(Section.WHAT_TO_WATCH) && !briefing.watchItems().isEmpty()) {
      blocks.start().append(whatToWatchHeading);
      blocks.start();
      for (WatchItem item : briefing.watchItems()) {
        out.append("- **");
        MarkdownText.append(out, item.title());
        out.append("**: ");
        itemParagraphs(item.description(), out);
      }
    }
    if (sections.contains(Section.DETAILS) && !briefing.metadata().isEmpty()) {
      blocks.start().append(detailsHeading);
      blocks.start();
      writeDetails(briefing.metadata(), out);
    }
  }

  /** The first paragraph continues the item's line; further ones are indented into the item. */
  private static void itemParagraphs(String text, Appendable out) throws IOException {
    boolean first = true;
    for (int start = 0; start < text.length(); ) {
      int end = ParagraphSpans.end(text, start);
      if (!first) {
        out.append("\n  ");
      }
      MarkdownText.append(out, text, start, end, !first);
      out.append('\n');
      first = false;
      start = end + ParagraphSpans.SEPARATOR_LENGTH;
    }
    if (first) {
      out.append('\n');
    }
  }

  private void writeFigure(Figure figure, Appendable out) throws IOException {
    out.append("- **");
    MarkdownText.append(out, figure.value());
    out.append("**: ");
    MarkdownText.append(out, figure.label());
    Optional<String> source = figure.source();
    Optional<String> asOf = figure.asOf();
    if (source.isPresent() || asOf.isPresent()) {
      out.append(" (");
      if (source.isPresent()) {
        out.append('*');
        MarkdownText.append(out, source.get());
        out.append('*');
      }
      if (source.isPresent() && asOf.isPresent()) {
        out.append(", ");
      }
      if (asOf.isPresent()) {
        out.append(asOfPrefix);
        MarkdownText.append(out, asOf.get());
        out.append('*');
      }
      out.append(')');
    }
    out.append('\n');
  }

  private void writeTable(List<Figure> figures, Appendable out) throws IOException {
    out.append(tableHeader);
    for (Figure figure : figures) {
      out.append("| ");
      MarkdownText.append(out, figure.value());
      out.append(" | ");
      MarkdownText.append(out, figure.label());
      out.append(" | ");
      if (figure.source().isPresent()) {
        MarkdownText.append(out, figure.source().get());
      }
      out.append(" | ");
      if (figure.asOf().isPresent()) {
        MarkdownText.append(out, figure.asOf().get());
      }
      out.append(" |\n");
    }
  }

  private void writeDetails(Metadata metadata, Appendable out) throws IOException {
    if (metadata.id().isPresent()) {
      detail(out, idPrefix, metadata.id().get());
    }
    if (metadata.published().isPresent()) {
      detail(out, publishedPrefix, Timestamps.iso(metadata.published().get()));
    }
    if (metadata.language().isPresent()) {
      detail(out, languagePrefix, metadata.language().get().toLanguageTag());
    }
    for (String author : metadata.authors()) {
      detail(out, authorPrefix, author);
    }
    for (String tag : metadata.tags()) {
      detail(out, tagPrefix, tag);
    }
    for (Source source : metadata.sources()) {
      out.append(sourcePrefix);
      if (SafeUrl.allows(source.url())) {
        out.append('[');
        MarkdownText.append(out, source.title());
        out.append("](");
        MarkdownText.destination(out, source.url().toString());
        out.append(')');
      } else {
        MarkdownText.append(out, source.title());
      }
      out.append('\n');
    }
  }

  private static void detail(Appendable out, String prefix, String value) throws IOException {
    out.append(prefix);
    MarkdownText.append(out, value);
    out.append('\n');
  }

  private static String detailPrefix(String label) {
    return "- **" + escape(label) + ":** ";
  }

  private static String escape(String label) {
    StringBuilder out = new StringBuilder(label.length() + 8);
    try {
      MarkdownText.append(out, label);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("StringBuilder does not throw", e);
    }
    return out.toString();
  }

  /** @return the labels in use */
  public SectionLabels labels() {
    return labels;
  }

  /** @return the parts written, in their fixed order */
  public Set<Section> sections() {
    return EnumSet.copyOf(sections);
  }

  /** @return how The Numbers are laid out */
  public FigureLayout figureLayout() {
    return figureLayout;
  }

  /** @return the title's heading level; sections are one level below */
  public int headingLevel() {
    return headingLevel;
  }

  /** Separates blocks with one blank line; every block ends with its own newline. */
  private static final class Blocks {
    private final Appendable out;
    private boolean started;

    Blocks(Appendable out) {
      this.out = out;
    }

    Appendable start() throws IOException {
      if (started) {
        out.append('\n');
      }
      started = true;
      return out;
    }

    void paragraphs(String text) throws IOException {
      for (int start = 0; start < text.length(); ) {
        int end = ParagraphSpans.end(text, start);
        start();
        MarkdownText.append(out, text, start, end, true);
        out.append('\n');
        start = end + ParagraphSpans.SEPARATOR_LENGTH;
      }
    }
  }

  /** Builds a {@link MarkdownRenderer}. */
  public static final class Builder {
    private SectionLabels labels = SectionLabels.english();
    private Set<Section> sections = Section.all();
    private FigureLayout figureLayout = FigureLayout.LIST;
    private int headingLevel = 1;

    private Builder() {}

    /**
     * @param labels the words for headings and prefixes; English by default
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
      this.sections = EnumSet.noneOf(Section.class);
      this.sections.addAll(Objects.requireNonNull(sections, "sections"));
      return this;
    }

    /**
     * @param figureLayout list (the default, read back by the parser) or GFM table
     * @return this builder
     */
    public Builder figureLayout(FigureLayout figureLayout) {
      this.figureLayout = Objects.requireNonNull(figureLayout, "figureLayout");
      return this;
    }

    /**
     * @param headingLevel the title's level, 1 to 5 (default 1); sections are one below
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder headingLevel(int headingLevel) {
      if (headingLevel < 1 || headingLevel > 5) {
        throw new IllegalArgumentException("headingLevel must be 1..5 so sections fit in 6 levels, but was "
            + headingLevel);
      }
      this.headingLevel = headingLevel;
      return this;
    }

    /** @return the renderer */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
