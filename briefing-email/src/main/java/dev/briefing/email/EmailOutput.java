package dev.briefing.email;

import dev.briefing.email.internal.EmailStyle;
import dev.briefing.email.internal.Piece;
import dev.briefing.email.internal.Utf8;
import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.Section;
import dev.briefing.render.html.HtmlOutput;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an email section writer writes: rows of the card's table, markup as it is, and user
 * text escaped exactly as the html format escapes it (OWASP Java Encoder). Each {@link #row()}
 * is also a piece that may be left out, with every row after it, when the email would pass
 * its size limit, so a section writes its heading in one row with its first entry and every
 * later entry in a row of its own. Style every element inline: mail clients drop style sheets
 * and classes. One per rendered briefing; not thread-safe.
 *
 * <pre>{@code
 * EmailRenderer renderer = EmailRenderer.builder()
 *     .section(Section.WHAT_TO_WATCH, (briefing, out) -> {
 *       for (WatchItem item : briefing.watchItems()) {
 *         out.row();
 *         out.markup("<p style=\"margin:0 0 12px 0;color:#1f1f1f;\">").text(item.title()).markup("</p>");
 *         out.endRow();
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public final class EmailOutput {

  private static final String BDI_OPEN = "<bdi>";
  private static final String BDI_CLOSE = "</bdi>";

  private final StringBuilder rows;
  private final HtmlOutput html;
  private final List<Piece> pieces = new ArrayList<>();
  private Section section = Section.TITLE;
  private int pieceStart;

  EmailOutput(StringBuilder rows, RenderOptions options) {
    this.rows = rows;
    this.html = HtmlOutput.to(rows, options);
  }

  /** @return the renderer's options: labels and sections */
  public RenderOptions options() {
    return html.options();
  }

  /**
   * Starts a row of the card: a piece of its own, which the size limit may leave out with the
   * rows after it.
   *
   * @return this output
   */
  public EmailOutput row() {
    cut();
    rows.append("<tr>\n<td style=\"").append(EmailStyle.CELL).append("\">\n");
    return this;
  }

  /**
   * Ends the row {@link #row()} started.
   *
   * @return this output
   */
  public EmailOutput endRow() {
    rows.append("</td>\n</tr>\n");
    return this;
  }

  /**
   * @param markup markup, written as it is: never user text
   * @return this output
   * @throws IOException never, for the rows are in memory; declared as the writers' is
   */
  public EmailOutput markup(CharSequence markup) throws IOException {
    html.markup(markup);
    return this;
  }

  /**
   * @param text user text, escaped as element content
   * @return this output
   * @throws IOException never, for the rows are in memory
   */
  public EmailOutput text(String text) throws IOException {
    int mark = rows.length();
    html.text(text);
    // The html format isolates text holding bidirectional controls in <bdi>, which Gmail and
    // Outlook drop; an element with dir="auto" isolates it as well and is kept. Escaped user
    // text holds no '<', so a <bdi> at the start can only be that isolation.
    if (rows.length() - mark >= BDI_OPEN.length() && rows.substring(mark, mark + BDI_OPEN.length()).equals(BDI_OPEN)) {
      rows.replace(rows.length() - BDI_CLOSE.length(), rows.length(), "</span>");
      rows.replace(mark, mark + BDI_OPEN.length(), "<span dir=\"auto\">");
    }
    return this;
  }

  /**
   * @param value text for inside a double-quoted attribute value, escaped for it
   * @return this output
   * @throws IOException never, for the rows are in memory
   */
  public EmailOutput attribute(String value) throws IOException {
    html.attribute(value);
    return this;
  }

  /**
   * Writes each paragraph of a text field as a {@code <p>} with the given inline style.
   *
   * @param text a text field
   * @param style the paragraphs' {@code style} attribute: markup, never user text
   * @return this output
   * @throws IOException never, for the rows are in memory
   */
  public EmailOutput paragraphs(String text, String style) throws IOException {
    for (String paragraph : Paragraphs.of(text)) {
      rows.append("<p style=\"").append(style).append("\">");
      text(paragraph);
      rows.append("</p>\n");
    }
    return this;
  }

  /**
   * Writes each paragraph of a text field as the built-in sections do.
   *
   * @param text a text field, such as a watch item's description
   * @return this output
   * @throws IOException never, for the rows are in memory
   */
  public EmailOutput paragraphs(String text) throws IOException {
    return paragraphs(text, EmailStyle.PARAGRAPH);
  }

  /**
   * Writes an underlined link when the address passes the link policy ({@link SafeLinks}),
   * else the text alone.
   *
   * @param url an address from the model
   * @param text the link's text
   * @return this output
   * @throws IOException never, for the rows are in memory
   */
  public EmailOutput link(URI url, String text) throws IOException {
    Optional<String> safe = SafeLinks.of(Objects.requireNonNull(url, "url"));
    if (safe.isPresent()) {
      rows.append("<a href=\"");
      html.attribute(safe.get());
      rows.append("\" style=\"").append(EmailStyle.ANCHOR).append("\">");
      text(text);
      rows.append("</a>");
    } else {
      text(text);
    }
    return this;
  }

  /** Called by the renderer as each section starts: a section never shares a piece with another. */
  void enter(Section next) {
    cut();
    section = next;
  }

  /** @return the pieces written, in order; ends the last */
  List<Piece> pieces() {
    cut();
    return pieces;
  }

  private void cut() {
    int end = rows.length();
    if (end > pieceStart) {
      pieces.add(new Piece(section, pieceStart, end, Utf8.length(rows, pieceStart, end)));
    }
    pieceStart = end;
  }
}
