package dev.briefing.render.text;

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
import dev.briefing.kit.PlainText;
import dev.briefing.kit.internal.Timestamps;
import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.internal.text.TextEscape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.time.Period;

/**
 * Writes a briefing as plain text in the layout of the seed briefing: a heading line per
 * section, one line per paragraph, {@code "First-order: "} before each impact,
 * {@code "- value: label (source)."} per figure and {@code "- title: description"} per watch
 * item, then a Details section when the briefing has metadata. The model 1.1 parts, when
 * present, are labelled lines after what they qualify ({@code "Likelihood: likely"},
 * {@code "Confidence: moderate"}, {@code "Horizon: P18M"} after The Signal's or an impact's
 * text; {@code "Indicator: ..."}, {@code "Threshold: ..."}, {@code "Review by: 2026-06-30"},
 * {@code "Status: open"} per signpost after its watch item), and the alternative views a
 * {@code "Room for disagreement"} block of {@code "- view"} items at the end of Why It Matters. Lines are joined by
 * {@code "\n"} with no final newline. Immutable and thread-safe: build once, reuse.
 *
 * <p>Text in normal form is written unchanged; a line break inside a paragraph is written as a
 * line of one backslash between the paragraph's lines, one in a single-line field becomes a
 * space, and control characters become U+FFFD, so user text can never forge a line of the
 * layout or drive a terminal. Where {@link TextParser} would misread user text (a paragraph reading as a
 * heading, whitespace at a field's ends, a figure label ending in parentheses, undamaged text
 * that looks damaged) a backslash marks it, as {@link TextParser} describes, so a valid
 * briefing in normal form reads back exactly; the seed needs no mark.
 *
 * <p>Of {@link RenderOptions} it uses the labels, sections and figure layout. Each section (the
 * title and the details too) is written by a {@link dev.briefing.kit.SectionWriter} of {@link
 * TextOutput}; {@link #builder()} replaces one of them without forking the renderer.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
 * String plain = text.render(briefing);
 * text.render(briefing, writer);
 *
 * TextRenderer mine = TextRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> out.heading("Figures").line("See the sheet."))
 *     .build();
 * }</pre>
 */
public final class TextRenderer extends SectionRenderer {

  private static final TextRenderer STANDARD = of(RenderOptions.standard());

  private final SectionLabels labels;
  private final SectionWalk<TextOutput> walk;
  private final String[] impactPrefixes;
  private final String detailsBlock;
  private final String idPrefix;
  private final String publishedPrefix;
  private final String languagePrefix;
  private final String authorPrefix;
  private final String tagPrefix;
  private final String sourcePrefix;
  private final String likelihoodPrefix;
  private final String confidencePrefix;
  private final String horizonPrefix;
  private final String alternativeViewsBlock;
  private final String indicatorPrefix;
  private final String thresholdPrefix;
  private final String reviewByPrefix;
  private final String statusPrefix;
  private final Vocabulary words;
  /** Whether every heading and prefix is written as it is, so lines need not check them. */
  private final boolean labelsOrdinary;

  private TextRenderer(RenderOptions options, SectionWalk<TextOutput> replacements) {
    // Per item: a bullet, a label such as "Second-order:", brackets; once: the headings.
    super(options, 32, 256, 16);
    this.labels = options.labels();
    List<String> orders = labels.impactOrders();
    this.impactPrefixes = new String[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      impactPrefixes[i] = PlainText.clean(orders.get(i)) + ": ";
    }
    this.detailsBlock = PlainText.clean(labels.details());
    this.idPrefix = PlainText.clean(labels.id()) + ": ";
    this.publishedPrefix = PlainText.clean(labels.published()) + ": ";
    this.languagePrefix = PlainText.clean(labels.languageLabel()) + ": ";
    this.authorPrefix = PlainText.clean(labels.author()) + ": ";
    this.tagPrefix = PlainText.clean(labels.tag()) + ": ";
    this.sourcePrefix = PlainText.clean(labels.source()) + ": ";
    this.likelihoodPrefix = PlainText.clean(labels.likelihood()) + ": ";
    this.confidencePrefix = PlainText.clean(labels.confidence()) + ": ";
    this.horizonPrefix = PlainText.clean(labels.horizon()) + ": ";
    this.alternativeViewsBlock = PlainText.clean(labels.alternativeViews());
    this.indicatorPrefix = PlainText.clean(labels.indicator()) + ": ";
    this.thresholdPrefix = PlainText.clean(labels.threshold()) + ": ";
    this.reviewByPrefix = PlainText.clean(labels.reviewBy()) + ": ";
    this.statusPrefix = PlainText.clean(labels.status()) + ": ";
    // What a parser will take for structure: every built-in language, and these labels.
    List<SectionLabels> known = new ArrayList<>(SectionLabels.builtIn());
    known.add(labels);
    this.words = Vocabulary.of(known);
    List<String> written = new ArrayList<>(List.of(labels.signal(), labels.whatHappened(), labels.whyItMatters(),
        labels.theNumbers(), labels.whatToWatch(), detailsBlock, alternativeViewsBlock));
    written.addAll(List.of(impactPrefixes));
    boolean ordinary = true;
    for (String label : written) {
      ordinary &= TextEscape.isOrdinary(label, 0, label.length());
    }
    this.labelsOrdinary = ordinary;
    this.walk = SectionWalk.<TextOutput>empty()
        .with(Section.TITLE, (b, lines) -> {
          lines.text(b.title().get(), true);
          lines.blank();
        })
        .with(Section.SIGNAL, (b, lines) -> {
          lines.section(labels.signal(), b.signal());
          writeJudgment(b.signalLikelihood(), b.signalConfidence(), b.signalHorizon(), lines);
        })
        .with(Section.WHAT_HAPPENED, (b, lines) -> lines.section(labels.whatHappened(), b.whatHappened()))
        .with(Section.WHY_IT_MATTERS, (b, lines) -> writeImpacts(b.impacts(), b.alternativeViews(), lines))
        .with(Section.THE_NUMBERS, options.figureLayout() == FigureLayout.TABLE
            ? (b, lines) -> {
              lines.labelLine(labels.theNumbers());
              new FigureTable(labels, b.figures()).write(lines);
            }
            : (b, lines) -> {
              lines.labelLine(labels.theNumbers());
              for (Figure figure : b.figures()) {
                lines.figure(figure);
              }
            })
        .with(Section.WHAT_TO_WATCH, (b, lines) -> {
          lines.labelLine(labels.whatToWatch());
          for (WatchItem item : b.watchItems()) {
            lines.watchItem(item);
            writeSignposts(item.signposts(), lines);
          }
        })
        .with(Section.DETAILS, (b, lines) -> writeDetails(b.metadata(), lines))
        .overriddenBy(replacements);
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    TextOutput lines = new TextOutput(out, options(), words, labelsOrdinary);
    walk.write(briefing, options().sections(), lines);
    lines.finish();
  }

  /** @return a renderer with English labels, every section and figures as a list */
  public static TextRenderer standard() {
    return STANDARD;
  }

  /**
   * @param options the options; all but {@link RenderOptions#headingLevel()} and {@link
   *     RenderOptions#fragment()} apply
   * @return a renderer with those options
   */
  public static TextRenderer of(RenderOptions options) {
    return new TextRenderer(Objects.requireNonNull(options, "options"), SectionWalk.empty());
  }


  private void writeImpacts(List<Impact> impacts, List<AlternativeView> alternativeViews, TextOutput lines)
      throws IOException {
    lines.labelLine(labels.whyItMatters());
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      String prefix = impactPrefixes[ImpactOrders.index(impactPrefixes.length, impact.order(), i)];
      lines.begin(prefix);
      lines.paragraphs(impact.text(), true);
      writeJudgment(impact.likelihood(), impact.confidence(), impact.horizon(), lines);
    }
    if (!alternativeViews.isEmpty()) {
      lines.labelLine(alternativeViewsBlock);
      for (AlternativeView view : alternativeViews) {
        lines.begin("- ");
        lines.paragraphs(view.text(), true);
        writeJudgment(view.likelihood(), Optional.empty(), Optional.empty(), lines);
      }
    }
  }

  /** A judgment's 1.1 parts, each on a labelled line of its own after its text; none for a 1.0 judgment. */
  private void writeJudgment(Optional<Likelihood> likelihood, Optional<Confidence> confidence, Optional<Period> horizon,
      TextOutput lines) throws IOException {
    if (likelihood.isPresent()) {
      lines.start().append(likelihoodPrefix).append(likelihood.get().term());
    }
    if (confidence.isPresent()) {
      lines.start().append(confidencePrefix).append(confidence.get().term());
    }
    if (horizon.isPresent()) {
      lines.start().append(horizonPrefix).append(horizon.get().toString());
    }
  }

  /** Each signpost on labelled lines after its watch item, the indicator first. */
  private void writeSignposts(List<Signpost> signposts, TextOutput lines) throws IOException {
    for (Signpost signpost : signposts) {
      lines.start().append(indicatorPrefix);
      lines.piece(signpost.indicator());
      if (signpost.threshold().isPresent()) {
        lines.start().append(thresholdPrefix);
        lines.piece(signpost.threshold().get());
      }
      if (signpost.reviewBy().isPresent()) {
        lines.start().append(reviewByPrefix).append(signpost.reviewBy().get().toString());
      }
      lines.start().append(statusPrefix).append(PlainText.clean(labels.statusWord(signpost.status())));
    }
  }

  private void writeDetails(Metadata metadata, TextOutput lines) throws IOException {
    lines.labelLine(detailsBlock);
    if (metadata.id().isPresent()) {
      lines.start().append(idPrefix);
      lines.piece(metadata.id().get());
    }
    if (metadata.published().isPresent()) {
      lines.start().append(publishedPrefix).append(Timestamps.iso(metadata.published().get()));
    }
    if (metadata.language().isPresent()) {
      lines.start().append(languagePrefix).append(metadata.language().get().toLanguageTag());
    }
    for (String author : metadata.authors()) {
      lines.start().append(authorPrefix);
      lines.piece(author);
    }
    for (String tag : metadata.tags()) {
      lines.start().append(tagPrefix);
      lines.piece(tag);
    }
    for (Source source : metadata.sources()) {
      Appendable line = lines.start().append(sourcePrefix);
      lines.piece(source.title());
      line.append(" <");
      PlainText.append(line, source.url().toString());
      line.append('>');
    }
  }

  /** @return a builder of options and section writers, starting from the standard options */
  public static RendererBuilder<TextOutput, TextRenderer> builder() {
    return RendererBuilder.of(TextRenderer::new);
  }
}
