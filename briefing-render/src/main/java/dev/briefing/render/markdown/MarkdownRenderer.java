package dev.briefing.render.markdown;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Confidence;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.ImpactOrders;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.RendererBuilder;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionRenderer;
import dev.briefing.kit.SectionWalk;
import dev.briefing.render.internal.MarkdownText;
import dev.briefing.render.internal.markdown.MarkdownMarks;
import dev.briefing.render.internal.parse.JudgmentField;
import dev.briefing.kit.internal.ParagraphSpans;
import dev.briefing.kit.internal.Timestamps;
import java.io.IOException;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a briefing as CommonMark: a heading per section, paragraphs, bullet lists for the
 * impacts ({@code - **First-order:** ...}), figures ({@code - **$72.3B**: label (*source*)}),
 * watch items and details, and a link per source. The model 1.1 parts, when present, are
 * labelled list items with the text layout's labels: a list of {@code - **Likelihood:** likely},
 * {@code - **Confidence:** moderate} and {@code - **Horizon:** P18M} after The Signal's
 * paragraphs, the same list nested in each impact's item, a {@code **Room for disagreement**}
 * paragraph then a list of the alternative views (each with its likelihood nested) after the
 * impacts, and per signpost {@code - **Indicator:** ...}, {@code - **Threshold:** ...},
 * {@code - **Review by:** 2026-06-30} and {@code - **Status:** open} nested in its watch item.
 * Immutable and thread-safe: build once, reuse.
 *
 * <p>All user text is escaped so that a CommonMark parser gives back exactly the original
 * strings: no text can become a link, heading, list, HTML or emphasis. Only http, https and
 * mailto sources become links; any other address is left out and its title written as text.
 * The output ends with one newline.
 *
 * <p>Of {@link RenderOptions} it uses the labels, sections, heading level and figure layout.
 * Each section (the title and the details too) is written by a {@link
 * dev.briefing.kit.SectionWriter} of {@link MarkdownOutput}; {@link #builder()} replaces one of
 * them without forking the renderer.
 *
 * <pre>{@code
 * MarkdownRenderer markdown = MarkdownRenderer.of(RenderOptions.builder()
 *     .headingLevel(2)                     // title "##", sections "###"
 *     .figureLayout(FigureLayout.TABLE)    // GFM table, render-only
 *     .build());
 * String md = markdown.render(briefing);
 *
 * MarkdownRenderer mine = MarkdownRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> out.heading("Figures").paragraphs("See the sheet."))
 *     .build();
 * }</pre>
 */
public final class MarkdownRenderer extends SectionRenderer {

  private static final MarkdownRenderer STANDARD = of(RenderOptions.standard());

  private final SectionWalk<MarkdownOutput> walk;
  private final String titlePrefix;
  private final String sectionPrefix;
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
  /** Per {@link JudgmentField}, by ordinal: {@code "- **Likelihood:** "}. */
  private final String[] fieldPrefixes;
  private final String alternativeViewsParagraph;
  private final SectionLabels labels;

  private MarkdownRenderer(RenderOptions options, SectionWalk<MarkdownOutput> replacements) {
    // Per item: a list marker, emphasis and a label such as "Second-order:"; once: the headings.
    super(options, 32, 256, 16);
    SectionLabels labels = options.labels();
    int headingLevel = options.headingLevel();
    this.titlePrefix = MarkdownMarks.heading(headingLevel);
    this.sectionPrefix = MarkdownMarks.heading(headingLevel + 1);
    this.signalHeading = sectionPrefix + escape(labels.signal()) + "\n";
    this.whatHappenedHeading = sectionPrefix + escape(labels.whatHappened()) + "\n";
    this.whyItMattersHeading = sectionPrefix + escape(labels.whyItMatters()) + "\n";
    this.theNumbersHeading = sectionPrefix + escape(labels.theNumbers()) + "\n";
    this.whatToWatchHeading = sectionPrefix + escape(labels.whatToWatch()) + "\n";
    this.detailsHeading = sectionPrefix + escape(labels.details()) + "\n";
    List<String> orders = labels.impactOrders();
    this.impactPrefixes = new String[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      impactPrefixes[i] = MarkdownMarks.labelledItem(escape(orders.get(i)));
    }
    this.asOfPrefix = MarkdownMarks.asOf(escape(labels.asOf()));
    this.tableHeader = "| " + escape(labels.valueHeading()) + " | " + escape(labels.measureHeading()) + " | "
        + escape(labels.source()) + " | " + escape(labels.asOfHeading()) + " |\n| --- | --- | --- | --- |\n";
    this.idPrefix = detailPrefix(labels.id());
    this.publishedPrefix = detailPrefix(labels.published());
    this.languagePrefix = detailPrefix(labels.languageLabel());
    this.authorPrefix = detailPrefix(labels.author());
    this.tagPrefix = detailPrefix(labels.tag());
    this.sourcePrefix = detailPrefix(labels.source());
    JudgmentField[] fields = JudgmentField.values();
    this.fieldPrefixes = new String[fields.length];
    for (JudgmentField field : fields) {
      fieldPrefixes[field.ordinal()] = detailPrefix(field.label(labels));
    }
    this.alternativeViewsParagraph = MarkdownMarks.STRONG + escape(labels.alternativeViews()) + MarkdownMarks.STRONG + "\n";
    this.labels = labels;
    this.walk = SectionWalk.<MarkdownOutput>empty()
        .with(Section.TITLE, (b, blocks) -> {
          Appendable out = blocks.start().append(titlePrefix);
          MarkdownText.append(out, b.title().get());
          out.append('\n');
        })
        .with(Section.SIGNAL, (b, blocks) -> {
          blocks.section(signalHeading, b.signal());
          if (b.signalLikelihood().isPresent() || b.signalConfidence().isPresent() || b.signalHorizon().isPresent()) {
            writeJudgment(b.signalLikelihood(), b.signalConfidence(), b.signalHorizon(), blocks.start(), "");
          }
        })
        .with(Section.WHAT_HAPPENED, (b, blocks) -> blocks.section(whatHappenedHeading, b.whatHappened()))
        .with(Section.WHY_IT_MATTERS, (b, blocks) -> writeImpacts(b.impacts(), b.alternativeViews(),
            blocks.list(whyItMattersHeading)))
        .with(Section.THE_NUMBERS, options.figureLayout() == FigureLayout.TABLE
            ? (b, blocks) -> writeTable(b.figures(), blocks.list(theNumbersHeading))
            : (b, blocks) -> writeFigures(b.figures(), blocks.list(theNumbersHeading)))
        .with(Section.WHAT_TO_WATCH, (b, blocks) -> writeWatchItems(b.watchItems(), blocks.list(whatToWatchHeading)))
        .with(Section.DETAILS, (b, blocks) -> writeDetails(b.metadata(), blocks.list(detailsHeading), blocks))
        .overriddenBy(replacements);
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    walk.write(briefing, options().sections(), new MarkdownOutput(out, options(), sectionPrefix));
  }

  /** @return a renderer with English labels, every section, title level 1, figures as a list */
  public static MarkdownRenderer standard() {
    return STANDARD;
  }

  /**
   * @param options the options; all but {@link RenderOptions#fragment()} apply
   * @return a renderer with those options
   */
  public static MarkdownRenderer of(RenderOptions options) {
    return new MarkdownRenderer(Objects.requireNonNull(options, "options"), SectionWalk.empty());
  }


  private void writeImpacts(List<Impact> impacts, List<AlternativeView> views, Appendable out) throws IOException {
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      out.append(impactPrefixes[ImpactOrders.index(impactPrefixes.length, impact.order(), i)]);
      itemParagraphs(impact.text(), out, false);
      writeJudgment(impact.likelihood(), impact.confidence(), impact.horizon(), out, MarkdownMarks.NESTED);
    }
    if (views.isEmpty()) {
      return;
    }
    if (!impacts.isEmpty()) {
      out.append('\n');
    }
    out.append(alternativeViewsParagraph).append('\n');
    for (AlternativeView view : views) {
      out.append(MarkdownMarks.BULLET);
      // The view's text opens the item, where a CommonMark parser looks for block syntax.
      itemParagraphs(view.text(), out, true);
      writeJudgment(view.likelihood(), Optional.empty(), Optional.empty(), out, MarkdownMarks.NESTED);
    }
  }

  /** A judgment's 1.1 parts as list items, each after {@code indent}; nothing for a 1.0 judgment. */
  private void writeJudgment(Optional<Likelihood> likelihood, Optional<Confidence> confidence, Optional<Period> horizon,
      Appendable out, String indent) throws IOException {
    if (likelihood.isPresent()) {
      field(out, indent, JudgmentField.LIKELIHOOD).append(likelihood.get().term()).append('\n');
    }
    if (confidence.isPresent()) {
      field(out, indent, JudgmentField.CONFIDENCE).append(confidence.get().term()).append('\n');
    }
    if (horizon.isPresent()) {
      field(out, indent, JudgmentField.HORIZON).append(horizon.get().toString()).append('\n');
    }
  }

  /** Each signpost as items nested in its watch item, the indicator first. */
  private void writeSignposts(List<Signpost> signposts, Appendable out) throws IOException {
    for (Signpost signpost : signposts) {
      MarkdownText.append(field(out, MarkdownMarks.NESTED, JudgmentField.INDICATOR), signpost.indicator());
      out.append('\n');
      if (signpost.threshold().isPresent()) {
        MarkdownText.append(field(out, MarkdownMarks.NESTED, JudgmentField.THRESHOLD), signpost.threshold().get());
        out.append('\n');
      }
      if (signpost.reviewBy().isPresent()) {
        field(out, MarkdownMarks.NESTED, JudgmentField.REVIEW_BY).append(signpost.reviewBy().get().toString()).append('\n');
      }
      MarkdownText.append(field(out, MarkdownMarks.NESTED, JudgmentField.STATUS), labels.statusWord(signpost.status()));
      out.append('\n');
    }
  }

  private Appendable field(Appendable out, String indent, JudgmentField field) throws IOException {
    return out.append(indent).append(fieldPrefixes[field.ordinal()]);
  }

  private void writeFigures(List<Figure> figures, Appendable out) throws IOException {
    for (Figure figure : figures) {
      writeFigure(figure, out);
    }
  }

  private void writeWatchItems(List<WatchItem> items, Appendable out) throws IOException {
    for (WatchItem item : items) {
      out.append(MarkdownMarks.BULLET).append(MarkdownMarks.STRONG);
      MarkdownText.append(out, item.title());
      out.append(MarkdownMarks.TERM_END);
      itemParagraphs(item.description(), out, false);
      writeSignposts(item.signposts(), out);
    }
  }

  /**
   * The first paragraph continues the item's line; further ones are indented into the item.
   *
   * @param firstAtBlockStart whether the first paragraph opens the item rather than following its label
   */
  private static void itemParagraphs(String text, Appendable out, boolean firstAtBlockStart) throws IOException {
    boolean first = true;
    for (int start = 0; start < text.length(); ) {
      int end = ParagraphSpans.end(text, start);
      if (!first) {
        out.append('\n').append(MarkdownMarks.NESTED);
      }
      MarkdownText.append(out, text, start, end, !first || firstAtBlockStart);
      out.append('\n');
      first = false;
      start = end + ParagraphSpans.SEPARATOR_LENGTH;
    }
    if (first) {
      out.append('\n');
    }
  }

  private void writeFigure(Figure figure, Appendable out) throws IOException {
    out.append(MarkdownMarks.BULLET).append(MarkdownMarks.STRONG);
    MarkdownText.append(out, figure.value());
    out.append(MarkdownMarks.TERM_END);
    MarkdownText.append(out, figure.label());
    Optional<String> source = figure.source();
    Optional<String> asOf = figure.asOf();
    if (source.isPresent() || asOf.isPresent()) {
      out.append(MarkdownMarks.NOTE_OPEN);
      if (source.isPresent()) {
        out.append(MarkdownMarks.EMPHASIS);
        MarkdownText.append(out, source.get());
        out.append(MarkdownMarks.EMPHASIS);
      }
      if (source.isPresent() && asOf.isPresent()) {
        out.append(MarkdownMarks.NOTE_SEPARATOR);
      }
      if (asOf.isPresent()) {
        out.append(asOfPrefix);
        MarkdownText.append(out, asOf.get());
        out.append(MarkdownMarks.EMPHASIS);
      }
      out.append(MarkdownMarks.NOTE_CLOSE);
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

  private void writeDetails(Metadata metadata, Appendable out, MarkdownOutput blocks) throws IOException {
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
      blocks.link(source.url(), source.title());
      out.append('\n');
    }
  }

  private static void detail(Appendable out, String prefix, String value) throws IOException {
    out.append(prefix);
    MarkdownText.append(out, value);
    out.append('\n');
  }

  private static String detailPrefix(String label) {
    return MarkdownMarks.labelledItem(escape(label));
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

  /** @return a builder of options and section writers, starting from the standard options */
  public static RendererBuilder<MarkdownOutput, MarkdownRenderer> builder() {
    return RendererBuilder.of(MarkdownRenderer::new);
  }
}
