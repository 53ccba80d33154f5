package dev.briefing.render.text;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.ImpactOrders;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import dev.briefing.kit.internal.OutputSize;
import dev.briefing.kit.internal.ParagraphSpans;
import dev.briefing.kit.PlainText;
import dev.briefing.kit.internal.TextRuns;
import dev.briefing.kit.internal.Timestamps;
import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.internal.text.FigureLine;
import dev.briefing.render.internal.text.TextEscape;
import dev.briefing.render.internal.text.WatchLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a briefing as plain text in the layout of the seed briefing: a heading line per
 * section, one line per paragraph, {@code "First-order: "} before each impact,
 * {@code "- value: label (source)."} per figure and {@code "- title: description"} per watch
 * item, then a Details section when the briefing has metadata. Lines are joined by
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
 * <p>Of {@link RenderOptions} it uses the labels, sections and figure layout.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
 * String plain = text.render(briefing);
 * text.render(briefing, writer);
 * }</pre>
 */
public final class TextRenderer implements BriefingRenderer {

  private static final TextRenderer STANDARD = of(RenderOptions.standard());

  private final RenderOptions options;
  private final SectionLabels labels;
  private final SectionWalk<Lines> walk;
  private final String[] impactPrefixes;
  private final String detailsBlock;
  private final String idPrefix;
  private final String publishedPrefix;
  private final String languagePrefix;
  private final String authorPrefix;
  private final String tagPrefix;
  private final String sourcePrefix;
  private final Vocabulary words;
  /** Whether every heading and prefix is written as it is, so lines need not check them. */
  private final boolean labelsOrdinary;

  private TextRenderer(RenderOptions options) {
    this.options = options;
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
    // What a parser will take for structure: every built-in language, and these labels.
    List<SectionLabels> known = new ArrayList<>(SectionLabels.builtIn());
    known.add(labels);
    this.words = Vocabulary.of(known);
    List<String> written = new ArrayList<>(List.of(labels.signal(), labels.whatHappened(), labels.whyItMatters(),
        labels.theNumbers(), labels.whatToWatch(), detailsBlock));
    written.addAll(List.of(impactPrefixes));
    boolean ordinary = true;
    for (String label : written) {
      ordinary &= TextEscape.isOrdinary(label, 0, label.length());
    }
    this.labelsOrdinary = ordinary;
    this.walk = SectionWalk.<Lines>empty()
        .with(Section.TITLE, (b, lines) -> {
          lines.text(b.title().get(), true);
          lines.blank();
        })
        .with(Section.SIGNAL, (b, lines) -> lines.section(labels.signal(), b.signal()))
        .with(Section.WHAT_HAPPENED, (b, lines) -> lines.section(labels.whatHappened(), b.whatHappened()))
        .with(Section.WHY_IT_MATTERS, (b, lines) -> writeImpacts(b.impacts(), lines))
        .with(Section.THE_NUMBERS, options.figureLayout() == FigureLayout.TABLE
            ? (b, lines) -> {
              lines.heading(labels.theNumbers());
              new FigureTable(labels, b.figures()).write(lines);
            }
            : (b, lines) -> {
              lines.heading(labels.theNumbers());
              for (Figure figure : b.figures()) {
                lines.figure(figure);
              }
            })
        .with(Section.WHAT_TO_WATCH, (b, lines) -> {
          lines.heading(labels.whatToWatch());
          for (WatchItem item : b.watchItems()) {
            lines.watchItem(item);
          }
        })
        .with(Section.DETAILS, (b, lines) -> writeDetails(b.metadata(), lines));
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
    return new TextRenderer(Objects.requireNonNull(options, "options"));
  }

  /**
   * Renders the briefing into a string, in a buffer sized from the briefing's text so that a
   * long briefing is not copied again and again as the buffer grows.
   *
   * <pre>{@code
   * String text = TextRenderer.standard().render(briefing);
   * }</pre>
   *
   * @param briefing the briefing
   * @return the plain text
   */
  @Override
  public String render(Briefing briefing) {
    // Per item: a bullet, a label such as "Second-order:", brackets; once: the headings.
    StringBuilder out = new StringBuilder(OutputSize.of(briefing, options.sections(), 32, 256, 16));
    render(briefing, out);
    return out.toString();
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    Lines lines = new Lines(out, words, labelsOrdinary);
    walk.write(briefing, options.sections(), lines);
    lines.finish();
  }

  private void writeImpacts(List<Impact> impacts, Lines lines) throws IOException {
    lines.heading(labels.whyItMatters());
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      String prefix = impactPrefixes[ImpactOrders.index(impactPrefixes.length, impact.order(), i)];
      lines.begin(prefix);
      lines.paragraphs(impact.text(), true);
    }
  }

  private void writeDetails(Metadata metadata, Lines lines) throws IOException {
    lines.heading(detailsBlock);
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

  /** @return the options in use */
  public RenderOptions options() {
    return options;
  }

  /**
   * Writes lines separated by {@code "\n"}, with no newline after the last, and user text with
   * the backslash marks of the layout's escape where the parser would misread it.
   */
  static final class Lines {
    private final Appendable target;
    /**
     * The line being written, since a whole line is needed to see what the repair would see:
     * the target itself when it is a StringBuilder (the line is then its tail, from
     * {@link #lineStart}), so that ordinary lines are written once and never copied.
     */
    private final StringBuilder out;
    private final boolean inPlace;
    private final Vocabulary words;
    private final boolean labelsOrdinary;
    private int lineStart;
    private boolean started;
    /** Whether the line may hold a character the repair looks at, so it must be checked. */
    private boolean mayTrigger;

    Lines(Appendable target, Vocabulary words, boolean labelsOrdinary) {
      this.target = target;
      this.inPlace = target instanceof StringBuilder;
      this.out = inPlace ? (StringBuilder) target : new StringBuilder(128);
      this.lineStart = out.length();
      this.words = words;
      this.labelsOrdinary = labelsOrdinary;
    }

    /**
     * Starts a new line and returns where to write it; the whole line is checked for what the
     * repair would see when it is finished.
     */
    Appendable start() throws IOException {
      open();
      mayTrigger = true;
      return out;
    }

    /**
     * Starts a new line whose pieces are checked as they are written, so that a line without
     * a character the repair looks at is never scanned again.
     */
    private void open() throws IOException {
      if (started) {
        finish();
        if (inPlace) {
          out.append('\n');
          lineStart = out.length();
        } else {
          target.append('\n');
        }
      }
      started = true;
      mayTrigger = false;
    }

    /** Writes the line being written. */
    void finish() throws IOException {
      if (inPlace) {
        if (mayTrigger) {
          TextEscape.hideFromRepair(out, lineStart);
        }
      } else {
        if (mayTrigger) {
          TextEscape.appendHidingFromRepair(target, out);
        } else {
          target.append(out);
        }
        out.setLength(0);
      }
    }

    void section(String heading, String text) throws IOException {
      heading(heading);
      paragraphs(text, false);
    }

    void blank() throws IOException {
      open();
    }

    void heading(String label) throws IOException {
      open();
      label(label);
    }

    /** Starts a line with text of the layout (a label or prefix, already clean). */
    void begin(String prefix) throws IOException {
      open();
      label(prefix);
    }

    private void label(String label) throws IOException {
      if (labelsOrdinary) {
        out.append(label);
      } else {
        append(label);
      }
    }

    void figure(Figure figure) throws IOException {
      open();
      if (!FigureLine.write(figure, out)) {
        mayTrigger = true;
      }
    }

    void watchItem(WatchItem item) throws IOException {
      open();
      out.append("- ");
      String title = item.title();
      WatchLine.writeTitle(title, out);
      if (!TextEscape.isOrdinary(title, 0, title.length())) {
        mayTrigger = true;
      }
      out.append(": ");
      paragraphs(item.description(), true);
    }

    /**
     * @param text user text for a line of its own
     * @param wholeLine true when the text is the whole line, so it must not read as structure
     */
    void text(String text, boolean wholeLine) throws IOException {
      open();
      line(text, 0, text.length(), wholeLine);
    }

    /** Writes user text after a prefix on the line already started. */
    void piece(String text) throws IOException {
      line(text, 0, text.length(), false);
    }

    private void append(String text) throws IOException {
      if (TextEscape.isOrdinary(text, 0, text.length())) {
        out.append(text);
      } else {
        PlainText.append(out, text);
        mayTrigger = true;
      }
    }

    /**
     * A paragraph; a line break in it (not normal form, but valid) starts a new line, after a
     * line of one backslash that tells the parser so.
     */
    private void paragraph(String text, int from, int to, boolean wholeLine) throws IOException {
      if (TextEscape.isOrdinary(text, from, to)) {
        // Ordinary text has no line break: one line, copied as it is.
        line(text, from, to, wholeLine, true);
        return;
      }
      int start = from;
      int lineBreak = text.indexOf('\n', from);
      while (lineBreak >= 0 && lineBreak < to) {
        line(text, start, lineBreak, wholeLine || start > from);
        open();
        out.append(TextEscape.LINE_BREAK);
        open();
        start = lineBreak + 1;
        lineBreak = text.indexOf('\n', start);
      }
      line(text, start, to, wholeLine || start > from);
    }

    private void line(String text, int from, int to, boolean wholeLine) throws IOException {
      line(text, from, to, wholeLine, from < to && TextEscape.isOrdinary(text, from, to));
    }

    /** @param ordinary whether {@link TextEscape#isOrdinary} holds for the text */
    private void line(String text, int from, int to, boolean wholeLine, boolean ordinary) throws IOException {
      if (from == to) {
        out.append(TextEscape.EMPTY);
        return;
      }
      if (TextEscape.needsLeadingMark(text, from, to)
          || wholeLine && TextEscape.readsAsStructure(text, from, to, words)) {
        out.append(TextEscape.MARK);
      }
      if (ordinary) {
        TextRuns.copy(out, text, from, to);
      } else {
        PlainText.append(out, text, from, to);
        mayTrigger = true;
      }
      if (TextEscape.needsTrailingMark(text, from, to)) {
        out.append(TextEscape.MARK);
      }
    }

    /**
     * Writes each paragraph on its own line; with {@code continueLine} the first one goes on
     * the line already started (after an impact or watch-item prefix).
     */
    void paragraphs(String text, boolean continueLine) throws IOException {
      boolean first = continueLine;
      for (int start = 0; start < text.length(); ) {
        int end = ParagraphSpans.end(text, start);
        if (!first) {
          open();
        }
        paragraph(text, start, end, !first);
        first = false;
        start = end + ParagraphSpans.SEPARATOR_LENGTH;
      }
    }
  }
}
