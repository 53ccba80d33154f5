package dev.briefing.render.text;

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
import dev.briefing.render.internal.ParagraphSpans;
import dev.briefing.render.internal.PlainTextWriter;
import dev.briefing.render.internal.Timestamps;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a briefing as plain text in the layout of the seed briefing: a heading line per
 * section, one line per paragraph, {@code "First-order: "} before each impact,
 * {@code "- value: label (source)."} per figure and {@code "- title: description"} per watch
 * item, then a Details section when the briefing has metadata. Lines are joined by
 * {@code "\n"} with no final newline. Immutable and thread-safe: build once, reuse.
 *
 * <p>Text in normal form is written unchanged; line breaks inside a paragraph become spaces
 * and control characters become U+FFFD, so user text can never forge a line of the layout or
 * drive a terminal.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.builder().labels(SectionLabels.german()).build();
 * String plain = text.render(briefing);
 * text.render(briefing, writer);
 * }</pre>
 */
public final class TextRenderer implements BriefingRenderer {

  private static final TextRenderer STANDARD = builder().build();

  private final SectionLabels labels;
  private final Set<Section> sections;
  private final FigureLayout figureLayout;
  private final String[] impactPrefixes;
  private final String detailsBlock;
  private final String idPrefix;
  private final String publishedPrefix;
  private final String languagePrefix;
  private final String authorPrefix;
  private final String tagPrefix;
  private final String sourcePrefix;

  private TextRenderer(Builder builder) {
    this.labels = builder.labels;
    this.sections = EnumSet.copyOf(builder.sections);
    this.figureLayout = builder.figureLayout;
    List<String> orders = labels.impactOrders();
    this.impactPrefixes = new String[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      impactPrefixes[i] = PlainTextWriter.clean(orders.get(i)) + ": ";
    }
    this.detailsBlock = PlainTextWriter.clean(labels.details());
    this.idPrefix = PlainTextWriter.clean(labels.id()) + ": ";
    this.publishedPrefix = PlainTextWriter.clean(labels.published()) + ": ";
    this.languagePrefix = PlainTextWriter.clean(labels.languageLabel()) + ": ";
    this.authorPrefix = PlainTextWriter.clean(labels.author()) + ": ";
    this.tagPrefix = PlainTextWriter.clean(labels.tag()) + ": ";
    this.sourcePrefix = PlainTextWriter.clean(labels.source()) + ": ";
  }

  /** @return a renderer with English labels, every section and figures as a list */
  public static TextRenderer standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard options */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    Lines lines = new Lines(out);
    if (sections.contains(Section.TITLE) && briefing.title().isPresent()) {
      lines.text(briefing.title().get());
      lines.blank();
    }
    if (sections.contains(Section.SIGNAL)) {
      lines.heading(labels.signal());
      lines.paragraphs(briefing.signal(), false);
    }
    if (sections.contains(Section.WHAT_HAPPENED)) {
      lines.heading(labels.whatHappened());
      lines.paragraphs(briefing.whatHappened(), false);
    }
    if (sections.contains(Section.WHY_IT_MATTERS) && !briefing.impacts().isEmpty()) {
      writeImpacts(briefing.impacts(), lines);
    }
    if (sections.contains(Section.THE_NUMBERS) && !briefing.figures().isEmpty()) {
      lines.heading(labels.theNumbers());
      if (figureLayout == FigureLayout.TABLE) {
        new FigureTable(labels, briefing.figures()).write(lines);
      } else {
        for (Figure figure : briefing.figures()) {
          writeFigure(figure, lines);
        }
      }
    }
    if (sections.contains(Section.WHAT_TO_WATCH) && !briefing.watchItems().isEmpty()) {
      lines.heading(labels.whatToWatch());
      for (WatchItem item : briefing.watchItems()) {
        Appendable line = lines.start();
        line.append("- ");
        PlainTextWriter.append(line, item.title());
        line.append(": ");
        lines.paragraphs(item.description(), true);
      }
    }
    if (sections.contains(Section.DETAILS) && !briefing.metadata().isEmpty()) {
      writeDetails(briefing.metadata(), lines);
    }
  }

  private void writeImpacts(List<Impact> impacts, Lines lines) throws IOException {
    lines.heading(labels.whyItMatters());
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      String prefix = impactPrefixes[ImpactOrderLabel.index(impactPrefixes.length, impact.order(), i)];
      lines.start().append(prefix);
      lines.paragraphs(impact.text(), true);
    }
  }

  private static void writeFigure(Figure figure, Lines lines) throws IOException {
    Appendable line = lines.start();
    line.append("- ");
    PlainTextWriter.append(line, figure.value());
    line.append(": ");
    PlainTextWriter.append(line, figure.label());
    boolean hasSource = figure.source().isPresent();
    boolean hasAsOf = figure.asOf().isPresent();
    if (hasSource || hasAsOf) {
      line.append(" (");
      if (hasSource) {
        PlainTextWriter.append(line, figure.source().get());
      }
      if (hasSource && hasAsOf) {
        line.append(", ");
      }
      if (hasAsOf) {
        PlainTextWriter.append(line, figure.asOf().get());
      }
      line.append(')');
    }
    line.append('.');
  }

  private void writeDetails(Metadata metadata, Lines lines) throws IOException {
    lines.heading(detailsBlock);
    if (metadata.id().isPresent()) {
      PlainTextWriter.append(lines.start().append(idPrefix), metadata.id().get());
    }
    if (metadata.published().isPresent()) {
      lines.start().append(publishedPrefix).append(Timestamps.iso(metadata.published().get()));
    }
    if (metadata.language().isPresent()) {
      lines.start().append(languagePrefix).append(metadata.language().get().toLanguageTag());
    }
    for (String author : metadata.authors()) {
      PlainTextWriter.append(lines.start().append(authorPrefix), author);
    }
    for (String tag : metadata.tags()) {
      PlainTextWriter.append(lines.start().append(tagPrefix), tag);
    }
    for (Source source : metadata.sources()) {
      Appendable line = lines.start().append(sourcePrefix);
      PlainTextWriter.append(line, source.title());
      line.append(" <");
      PlainTextWriter.append(line, source.url().toString());
      line.append('>');
    }
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

  /** Writes lines separated by {@code "\n"}, with no newline after the last. */
  static final class Lines {
    private final Appendable out;
    private boolean started;

    Lines(Appendable out) {
      this.out = out;
    }

    /** Starts a new line and returns where to write it. */
    Appendable start() throws IOException {
      if (started) {
        out.append('\n');
      }
      started = true;
      return out;
    }

    void blank() throws IOException {
      start();
    }

    void heading(String label) throws IOException {
      PlainTextWriter.append(start(), label);
    }

    void text(String text) throws IOException {
      PlainTextWriter.append(start(), text);
    }

    /**
     * Writes each paragraph on its own line; with {@code continueLine} the first one goes on
     * the line already started (after an impact or watch-item prefix).
     */
    void paragraphs(String text, boolean continueLine) throws IOException {
      boolean first = continueLine;
      for (int start = 0; start < text.length(); ) {
        int end = ParagraphSpans.end(text, start);
        PlainTextWriter.append(first ? out : start(), text, start, end);
        first = false;
        start = end + ParagraphSpans.SEPARATOR_LENGTH;
      }
    }
  }

  /** Builds a {@link TextRenderer}. */
  public static final class Builder {
    private SectionLabels labels = SectionLabels.english();
    private Set<Section> sections = Section.all();
    private FigureLayout figureLayout = FigureLayout.LIST;

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
     * @param figureLayout list (the default, read back by the parser) or table
     * @return this builder
     */
    public Builder figureLayout(FigureLayout figureLayout) {
      this.figureLayout = Objects.requireNonNull(figureLayout, "figureLayout");
      return this;
    }

    /** @return the renderer */
    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }
}
