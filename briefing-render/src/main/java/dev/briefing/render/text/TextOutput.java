package dev.briefing.render.text;

import dev.briefing.core.Figure;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.PlainText;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.internal.ParagraphSpans;
import dev.briefing.kit.internal.TextRuns;
import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.internal.text.FigureLine;
import dev.briefing.render.internal.text.TextEscape;
import dev.briefing.render.internal.text.WatchLine;
import java.io.IOException;

/**
 * Where a plain-text section writer writes: lines separated by {@code "\n"}, with no newline
 * after the last, and user text with the backslash marks of the layout's escape where {@link
 * TextParser} would misread it, exactly as the built-in sections write it, so a replaced
 * section can no more forge a line or drive a terminal than the rest of the text. One per
 * rendered briefing; not thread-safe.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> {
 *       out.heading("Key figures");
 *       for (Figure figure : briefing.figures()) {
 *         out.line(figure.value() + " " + figure.label());
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public final class TextOutput {
  private final Appendable target;
  private final RenderOptions options;
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

  TextOutput(Appendable target, RenderOptions options, Vocabulary words, boolean labelsOrdinary) {
    this.target = target;
    this.options = options;
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

  /** @return the renderer's options: labels, sections, figure layout */
  public RenderOptions options() {
    return options;
  }

  /**
   * Writes a heading line of the writer's own words; a line break or control in them becomes a
   * space or U+FFFD, as in any label.
   *
   * @param label the heading's words
   * @return this output
   * @throws IOException when the output fails
   */
  public TextOutput heading(String label) throws IOException {
    open();
    append(label);
    return this;
  }

  /**
   * Writes user text as a line of its own, marked where it would read as a heading, bullet or
   * impact.
   *
   * @param text the line's words
   * @return this output
   * @throws IOException when the output fails
   */
  public TextOutput line(String text) throws IOException {
    text(text, true);
    return this;
  }

  /**
   * Writes each paragraph of a text field on a line of its own, as the built-in sections do.
   *
   * @param text a text field, such as the signal
   * @return this output
   * @throws IOException when the output fails
   */
  public TextOutput paragraphs(String text) throws IOException {
    paragraphs(text, false);
    return this;
  }

  /**
   * Writes an empty line.
   *
   * @return this output
   * @throws IOException when the output fails
   */
  public TextOutput blank() throws IOException {
    open();
    return this;
  }

  void section(String heading, String text) throws IOException {
    labelLine(heading);
    paragraphs(text, false);
  }

  /** Starts a line with a heading of the layout (a label, already clean). */
  void labelLine(String label) throws IOException {
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
