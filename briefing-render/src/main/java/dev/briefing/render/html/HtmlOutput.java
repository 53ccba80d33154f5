package dev.briefing.render.html;

import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.internal.ParagraphSpans;
import dev.briefing.render.internal.HtmlText;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an HTML section writer writes: markup as it is, and user text escaped exactly as the
 * built-in sections escape it (OWASP Java Encoder, {@code <bdi>} around bidirectional text,
 * characters HTML forbids replaced), so a replaced section is as safe as the rest of the page.
 * One per rendered briefing; not thread-safe.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> {
 *       out.markup("<section class=\"the-numbers\">\n<ul>\n");
 *       for (Figure figure : briefing.figures()) {
 *         out.markup("<li>").text(figure.value()).markup(" ").text(figure.label()).markup("</li>\n");
 *       }
 *       out.markup("</ul>\n</section>\n");
 *     })
 *     .build();
 * }</pre>
 */
public final class HtmlOutput {

  /** The page being written; the built-in writers append to it straight. */
  final Appendable target;
  private final RenderOptions options;

  HtmlOutput(Appendable target, RenderOptions options) {
    this.target = target;
    this.options = options;
  }

  /**
   * An output onto a page of another HTML format (an email, a house page), so that it writes
   * user text exactly as the built-in sections do.
   *
   * <pre>{@code
   * StringBuilder page = new StringBuilder();
   * HtmlOutput.to(page, RenderOptions.standard()).markup("<p>").text("R&D <up>").markup("</p>");
   * // page: <p>R&amp;D &lt;up&gt;</p>
   * }</pre>
   *
   * @param target where to write
   * @param options the options the writers see
   * @return an output writing onto {@code target}
   */
  public static HtmlOutput to(Appendable target, RenderOptions options) {
    return new HtmlOutput(Objects.requireNonNull(target, "target"), Objects.requireNonNull(options, "options"));
  }

  /** @return the renderer's options: labels, heading level, figure layout */
  public RenderOptions options() {
    return options;
  }

  /**
   * @param html markup, written as it is: never user text
   * @return this output
   * @throws IOException when the output fails
   */
  public HtmlOutput markup(CharSequence html) throws IOException {
    target.append(html);
    return this;
  }

  /**
   * @param text user text, escaped as element content
   * @return this output
   * @throws IOException when the output fails
   */
  public HtmlOutput text(String text) throws IOException {
    HtmlText.content(target, Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * @param value text for inside a double-quoted attribute value, escaped for it
   * @return this output
   * @throws IOException when the output fails
   */
  public HtmlOutput attribute(String value) throws IOException {
    HtmlText.attribute(target, Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Writes each paragraph of a text field as a {@code <p>} on its own line, as the built-in
   * sections do.
   *
   * @param text a text field, such as a watch item's description
   * @return this output
   * @throws IOException when the output fails
   */
  public HtmlOutput paragraphs(String text) throws IOException {
    for (int start = 0; start < text.length(); ) {
      int end = ParagraphSpans.end(text, start);
      target.append("<p>");
      HtmlText.content(target, text, start, end);
      target.append("</p>\n");
      start = end + ParagraphSpans.SEPARATOR_LENGTH;
    }
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
  public HtmlOutput link(URI url, String text) throws IOException {
    Optional<String> safe = SafeLinks.of(url);
    if (safe.isPresent()) {
      target.append("<a href=\"");
      HtmlText.attribute(target, safe.get());
      target.append("\">");
      HtmlText.content(target, text);
      target.append("</a>");
    } else {
      HtmlText.content(target, text);
    }
    return this;
  }
}
