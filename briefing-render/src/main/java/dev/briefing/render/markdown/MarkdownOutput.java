package dev.briefing.render.markdown;

import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.internal.ParagraphSpans;
import dev.briefing.render.internal.MarkdownText;
import dev.briefing.render.internal.markdown.MarkdownMarks;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Where a Markdown section writer writes: blocks separated by one blank line, each ending with
 * its own newline, and user text escaped exactly as the built-in sections escape it, so that no
 * text of the briefing becomes a link, heading, list, HTML or emphasis in a replaced section
 * either. One per rendered briefing; not thread-safe.
 *
 * <pre>{@code
 * MarkdownRenderer md = MarkdownRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> {
 *       out.heading("Key figures");
 *       for (Figure figure : briefing.figures()) {
 *         out.block().markup("> **").text(figure.value()).markup("** ").text(figure.label()).markup("\n");
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public final class MarkdownOutput {
  private final Appendable out;
  private final RenderOptions options;
  private final String sectionPrefix;
  private boolean started;

  MarkdownOutput(Appendable out, RenderOptions options, String sectionPrefix) {
    this.out = out;
    this.options = options;
    this.sectionPrefix = sectionPrefix;
  }

  /** @return the renderer's options: labels, heading level, figure layout */
  public RenderOptions options() {
    return options;
  }

  /**
   * Starts a block, after a blank line when one came before.
   *
   * @return this output
   * @throws IOException when the output fails
   */
  public MarkdownOutput block() throws IOException {
    start();
    return this;
  }

  /**
   * Writes a section heading block at the options' section level, one below the title's.
   *
   * @param label the heading's words, escaped
   * @return this output
   * @throws IOException when the output fails
   */
  public MarkdownOutput heading(String label) throws IOException {
    start().append(sectionPrefix);
    MarkdownText.append(out, Objects.requireNonNull(label, "label"));
    out.append('\n');
    return this;
  }

  /**
   * @param markdown Markdown of the writer's own, written as it is: never user text
   * @return this output
   * @throws IOException when the output fails
   */
  public MarkdownOutput markup(CharSequence markdown) throws IOException {
    out.append(markdown);
    return this;
  }

  /**
   * @param text user text, escaped so that a CommonMark parser reads back exactly this text
   * @return this output
   * @throws IOException when the output fails
   */
  public MarkdownOutput text(String text) throws IOException {
    MarkdownText.append(out, Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * Writes a link when the address passes the link policy ({@link SafeLinks}), else the text
   * alone.
   *
   * @param url an address from the model
   * @param text the link's text
   * @return this output
   * @throws IOException when the output fails
   */
  public MarkdownOutput link(URI url, String text) throws IOException {
    if (SafeLinks.allows(url)) {
      out.append(MarkdownMarks.LINK_OPEN);
      MarkdownText.append(out, text);
      out.append(MarkdownMarks.LINK_MIDDLE);
      MarkdownText.destination(out, url.toString());
      out.append(MarkdownMarks.LINK_CLOSE);
    } else {
      MarkdownText.append(out, text);
    }
    return this;
  }

  /**
   * Writes each paragraph of a text field as a block of its own, as the built-in sections do.
   *
   * @param text a text field, such as the signal
   * @return this output
   * @throws IOException when the output fails
   */
  public MarkdownOutput paragraphs(String text) throws IOException {
    for (int start = 0; start < text.length(); ) {
      int end = ParagraphSpans.end(text, start);
      start();
      MarkdownText.append(out, text, start, end, true);
      out.append('\n');
      start = end + ParagraphSpans.SEPARATOR_LENGTH;
    }
    return this;
  }

  /** Starts a block and returns where to write it. */
  Appendable start() throws IOException {
    if (started) {
      out.append('\n');
    }
    started = true;
    return out;
  }

  /** Starts a section's heading block, then the block of its list; returns where to write the list. */
  Appendable list(String heading) throws IOException {
    start().append(heading);
    return start();
  }

  void section(String heading, String text) throws IOException {
    start().append(heading);
    paragraphs(text);
  }
}
