package dev.briefing.render.html;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.AbstractRendererBuilder;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.ImpactOrders;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionRenderer;
import dev.briefing.kit.SectionWalk;
import dev.briefing.kit.SectionWriter;
import dev.briefing.kit.internal.ParagraphSpans;
import dev.briefing.kit.internal.Timestamps;
import dev.briefing.render.internal.HtmlText;
import dev.briefing.render.internal.html.OwnArticle;
import dev.briefing.render.internal.html.OwnDocument;
import dev.briefing.render.internal.PageBuffer;
import dev.briefing.render.internal.tolerant.SameText;
import dev.briefing.web.JsonLdRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a briefing as semantic HTML5: an {@code <article>} with a {@code <section>} and heading
 * per part, paragraphs, an ordered list of impacts, the figures as a definition list or a table,
 * the watch items and details as definition lists. The model 1.1 parts, when present, follow
 * what they qualify: a judgment's likelihood, confidence and horizon as a {@code <dl
 * class="judgment">} of {@code <data value="likely">} values, the alternative views as an
 * {@code <aside>} headed "Room for disagreement" at the end of Why It Matters, a watch item's
 * signposts as a table (indicator, threshold, review-by {@code <time>}, status {@code <data>}). Immutable and thread-safe: build once, reuse.
 *
 * <p>By default it writes a full document with a small embedded style sheet that email
 * clients render and, in its head, the briefing as schema.org JSON-LD in one {@code <script
 * type="application/ld+json">} ({@link JsonLdRenderer#renderScriptTo}, so no text closes the
 * script); {@link Builder#jsonLd(boolean) jsonLd(false)} leaves that script out, and {@link
 * RenderOptions#fragment() fragment(true)} writes only the {@code <article>}, for embedding in
 * a page. All text is escaped with the OWASP Java Encoder;
 * the only links are http, https and mailto addresses after normalisation; text with
 * bidirectional controls is isolated in {@code <bdi>}. The article carries the briefing's
 * {@code lang}; when the labels are in another language, each element holding a label carries
 * the labels' own (German headings in an en-GB article read {@code <h2 lang="de">}).
 *
 * <p>Each section is written by a {@link dev.briefing.kit.SectionWriter} of {@link HtmlOutput};
 * {@link #builder()} replaces one of them without forking the renderer.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.of(RenderOptions.builder()
 *     .fragment(true)
 *     .labels(SectionLabels.german())
 *     .headingLevel(2)
 *     .sections(EnumSet.complementOf(EnumSet.of(Section.DETAILS)))
 *     .figureLayout(FigureLayout.TABLE)
 *     .build());
 * String article = html.render(briefing);
 *
 * HtmlRenderer mine = HtmlRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> out.markup("<p>").text("See the sheet.").markup("</p>\n"))
 *     .build();
 * HtmlRenderer batchPages = HtmlRenderer.builder().jsonLd(false).build();
 * }</pre>
 */
public final class HtmlRenderer extends SectionRenderer {

  private static final HtmlRenderer STANDARD = of(RenderOptions.standard());

  private final SectionLabels labels;
  private final boolean fragment;
  /** The built-in writers over the labels as they are, and over the labels marked with their {@code lang}. */
  private final SectionWalk<HtmlOutput> walk;
  private final SectionWalk<HtmlOutput> markedWalk;
  private final String titleOpen;
  private final String titleClose;
  private final String defaultDocumentTitle;
  /** The head's JSON-LD, or null when the page has none: a fragment has no head. */
  private final JsonLdRenderer jsonLd;

  private HtmlRenderer(RenderOptions options, SectionWalk<HtmlOutput> replacements, boolean withJsonLd) {
    // Per item: a list item or table row with its tags; once: the headings and, for a whole
    // page, the document around the article. Entities are longer than backslashes. The JSON-LD
    // repeats the text (divisor 1 adds it once more) and gives each item an object of its own.
    super(options, withJsonLd && !options.fragment() ? 64 + 128 : 64,
        options.fragment() ? 512 : 512 + HtmlDocument.OVERHEAD + (withJsonLd ? 256 : 0),
        withJsonLd && !options.fragment() ? 1 : 8);
    this.labels = options.labels();
    this.fragment = options.fragment();
    int headingLevel = options.headingLevel();
    this.titleOpen = "<h" + headingLevel + ">";
    this.titleClose = "</h" + headingLevel + ">\n";
    StringBuilder documentTitle = new StringBuilder();
    try {
      HtmlText.title(documentTitle, labels.signal());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("StringBuilder does not throw", e);
    }
    this.defaultDocumentTitle = documentTitle.toString();
    this.jsonLd = withJsonLd && !fragment ? JsonLdRenderer.of(options) : null;
    this.walk = walk(new HtmlLabels(labels, headingLevel + 1, false), replacements);
    this.markedWalk = walk(new HtmlLabels(labels, headingLevel + 1, true), replacements);
  }

  private SectionWalk<HtmlOutput> walk(HtmlLabels words, SectionWalk<HtmlOutput> replacements) {
    return SectionWalk.<HtmlOutput>empty()
        .with(Section.TITLE, this::writeTitle)
        .with(Section.SIGNAL, (b, out) -> writeSignal(b, words, out))
        .with(Section.WHAT_HAPPENED, (b, out) -> section(words.whatHappenedOpen, b.whatHappened(), out))
        .with(Section.WHY_IT_MATTERS, (b, out) -> writeImpacts(b, words, out))
        .with(Section.THE_NUMBERS, options().figureLayout() == FigureLayout.TABLE
            ? (b, out) -> writeTable(b, words, out) : (b, out) -> writeFigureList(b, words, out))
        .with(Section.WHAT_TO_WATCH, (b, out) -> writeWatchItems(b.watchItems(), words, out))
        .with(Section.DETAILS, (b, out) -> writeDetails(b.metadata(), words, out))
        .overriddenBy(replacements);
  }

  /** @return a full-document renderer with English labels, every section, title level 1 */
  public static HtmlRenderer standard() {
    return STANDARD;
  }

  /**
   * @param options the options; all of them apply
   * @return a renderer with those options, the built-in section writers and, in a whole page,
   *     the JSON-LD
   */
  public static HtmlRenderer of(RenderOptions options) {
    return new HtmlRenderer(Objects.requireNonNull(options, "options"), SectionWalk.empty(), true);
  }

  /**
   * @return a builder of options, section writers and whether a page carries JSON-LD, starting
   *     from the standard options, with JSON-LD
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether a whole page carries the briefing's JSON-LD in its head */
  public boolean writesJsonLd() {
    return jsonLd != null;
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    if (out instanceof StringBuilder || out instanceof SameText) {
      // A comparison with a page the renderer may have written is made as the page is written:
      // through a buffer, the page would be written whole before the first character is compared.
      write(briefing, out);
      return;
    }
    // A writer, a stream: the page is escaped in one pass onto a string buffer and copied out whole.
    StringBuilder page = PageBuffer.take();
    write(briefing, page);
    PageBuffer.copyTo(page, out);
    PageBuffer.giveBack(page);
  }

  private void write(Briefing briefing, Appendable out) throws IOException {
    Optional<String> language = briefing.metadata().language().map(java.util.Locale::toLanguageTag);
    if (!fragment) {
      HtmlDocument.open(out, language.orElse(labels.language().toLanguageTag()), briefing,
          defaultDocumentTitle, jsonLd);
    }
    out.append(OwnDocument.ARTICLE);
    if (language.isPresent()) {
      out.append(" lang=\"");
      HtmlText.attribute(out, language.get());
      out.append('"');
    }
    out.append(">\n");
    SectionWalk<HtmlOutput> sections = HtmlLabels.marks(briefing.metadata().language(), labels.language())
        ? markedWalk : walk;
    sections.write(briefing, options().sections(), new HtmlOutput(out, options()));
    out.append("</article>\n");
    if (!fragment) {
      HtmlDocument.close(out);
    }
  }

  private void writeTitle(Briefing briefing, HtmlOutput html) throws IOException {
    Appendable out = html.target;
    out.append(titleOpen);
    HtmlText.content(out, briefing.title().get());
    out.append(titleClose);
  }

  private static void writeSignal(Briefing briefing, HtmlLabels words, HtmlOutput out) throws IOException {
    out.target.append(words.signalOpen);
    out.paragraphs(briefing.signal());
    HtmlJudgments.judgment(briefing.signalLikelihood(), briefing.signalConfidence(), briefing.signalHorizon(),
        words, out.target);
    out.target.append("</section>\n");
  }

  private static void section(String open, String text, HtmlOutput out) throws IOException {
    out.target.append(open);
    out.paragraphs(text);
    out.target.append("</section>\n");
  }

  private void writeWatchItems(List<WatchItem> items, HtmlLabels words, HtmlOutput html) throws IOException {
    Appendable out = html.target;
    out.append(words.whatToWatchOpen);
    for (WatchItem item : items) {
      out.append("<dt>");
      HtmlText.content(out, item.title());
      out.append("</dt>\n<dd>");
      html.paragraphs(item.description());
      HtmlJudgments.signposts(item.signposts(), words, out);
      out.append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  private void writeImpacts(Briefing briefing, HtmlLabels words, HtmlOutput html) throws IOException {
    Appendable out = html.target;
    List<Impact> impacts = briefing.impacts();
    out.append(words.whyItMattersOpen);
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      out.append(words.impactOpens[ImpactOrders.index(words.impactOpens.length, impact.order(), i)]);
      String text = impact.text();
      boolean first = true;
      for (int start = 0; start < text.length(); ) {
        int end = ParagraphSpans.end(text, start);
        if (!first) {
          out.append("<p>");
        }
        HtmlText.content(out, text, start, end);
        out.append("</p>");
        first = false;
        start = end + ParagraphSpans.SEPARATOR_LENGTH;
      }
      if (first) {
        out.append("</p>");
      }
      if (impact.likelihood().isPresent() || impact.confidence().isPresent() || impact.horizon().isPresent()) {
        out.append('\n');
        HtmlJudgments.judgment(impact.likelihood(), impact.confidence(), impact.horizon(), words, out);
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    HtmlJudgments.alternativeViews(briefing.alternativeViews(), words, html);
    out.append("</section>\n");
  }

  private void writeFigureList(Briefing briefing, HtmlLabels words, HtmlOutput html) throws IOException {
    Appendable out = html.target;
    out.append(words.theNumbersOpen).append("<dl class=\"" + OwnArticle.FIGURES + "\">\n");
    for (Figure figure : briefing.figures()) {
      out.append("<dt>");
      HtmlText.content(out, figure.value());
      out.append("</dt>\n<dd>");
      HtmlText.content(out, figure.label());
      Optional<String> source = figure.source();
      Optional<String> asOf = figure.asOf();
      if (source.isPresent() || asOf.isPresent()) {
        out.append(" (");
        if (source.isPresent()) {
          out.append("<cite>");
          HtmlText.content(out, source.get());
          out.append("</cite>");
        }
        if (source.isPresent() && asOf.isPresent()) {
          out.append(", ");
        }
        if (asOf.isPresent()) {
          out.append(words.asOfWords).append("<span class=\"" + OwnArticle.AS_OF + "\">");
          HtmlText.content(out, asOf.get());
          out.append("</span>");
        }
        out.append(')');
      }
      out.append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  private void writeTable(Briefing briefing, HtmlLabels words, HtmlOutput html) throws IOException {
    Appendable out = html.target;
    out.append(words.theNumbersOpen).append(words.tableOpen);
    for (Figure figure : briefing.figures()) {
      out.append("<tr><td>");
      HtmlText.content(out, figure.value());
      out.append("</td><td>");
      HtmlText.content(out, figure.label());
      out.append("</td><td>");
      if (figure.source().isPresent()) {
        out.append("<cite>");
        HtmlText.content(out, figure.source().get());
        out.append("</cite>");
      }
      out.append("</td><td>");
      if (figure.asOf().isPresent()) {
        HtmlText.content(out, figure.asOf().get());
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void writeDetails(Metadata metadata, HtmlLabels words, HtmlOutput html) throws IOException {
    Appendable out = html.target;
    out.append(words.detailsOpen);
    if (metadata.id().isPresent()) {
      out.append(words.idTerm).append("<dd>");
      HtmlText.content(out, metadata.id().get());
      out.append("</dd>\n");
    }
    if (metadata.published().isPresent()) {
      out.append(words.publishedTerm).append("<dd><time datetime=\"")
          .append(Timestamps.htmlDateTime(metadata.published().get())).append("\">")
          .append(Timestamps.iso(metadata.published().get())).append("</time></dd>\n");
    }
    if (metadata.language().isPresent()) {
      out.append(words.languageTerm).append("<dd>");
      HtmlText.content(out, metadata.language().get().toLanguageTag());
      out.append("</dd>\n");
    }
    if (!metadata.authors().isEmpty()) {
      out.append(words.authorTerm);
      for (String author : metadata.authors()) {
        out.append("<dd>");
        HtmlText.content(out, author);
        out.append("</dd>\n");
      }
    }
    if (!metadata.tags().isEmpty()) {
      out.append(words.tagTerm);
      for (String tag : metadata.tags()) {
        out.append("<dd>");
        HtmlText.content(out, tag);
        out.append("</dd>\n");
      }
    }
    if (!metadata.sources().isEmpty()) {
      out.append(words.sourceTerm);
      for (Source source : metadata.sources()) {
        out.append("<dd>");
        html.link(source.url(), source.title());
        out.append("</dd>\n");
      }
    }
    out.append("</dl>\n</section>\n");
  }

  /**
   * Builds an {@link HtmlRenderer}: the kit's options and replaced sections, as every renderer's
   * builder takes them, and whether a whole page carries the briefing's JSON-LD.
   *
   * <pre>{@code
   * HtmlRenderer pages = HtmlRenderer.builder()
   *     .options(RenderOptions.builder().labels(SectionLabels.french()).build())
   *     .jsonLd(false)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends AbstractRendererBuilder<HtmlOutput, HtmlRenderer, Builder> {
    private boolean jsonLd = true;

    private Builder() {}

    /**
     * Whether a whole page carries the briefing as schema.org JSON-LD in one {@code <script
     * type="application/ld+json">} of its head: yes by default, since a page on the web is
     * where search engines and link previews read it. A page that is only read by people, or
     * one of many in a batch, may leave it out: it repeats the briefing's text and costs about
     * as much again to write. A fragment has no head and so never has it.
     *
     * @param jsonLd whether to write the JSON-LD; {@code true} by default
     * @return this builder
     */
    public Builder jsonLd(boolean jsonLd) {
      this.jsonLd = jsonLd;
      return this;
    }

    @Override
    protected HtmlRenderer create(RenderOptions options, SectionWalk<HtmlOutput> replacements) {
      return new HtmlRenderer(options, replacements, jsonLd);
    }
  }
}
