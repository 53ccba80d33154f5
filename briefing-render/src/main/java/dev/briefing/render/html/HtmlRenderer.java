package dev.briefing.render.html;

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
import dev.briefing.render.internal.HtmlText;
import dev.briefing.render.internal.ImpactOrderLabel;
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
 * Writes a briefing as semantic HTML5: an {@code <article>} with a {@code <section>} and heading
 * per part, paragraphs, an ordered list of impacts, the figures as a definition list or a table,
 * the watch items and details as definition lists. Immutable and thread-safe: build once, reuse.
 *
 * <p>By default it writes a full document with a small embedded style sheet that email
 * clients render; {@link Builder#fragment(boolean) fragment(true)} writes only the
 * {@code <article>}, for embedding in a page. All text is escaped with the OWASP Java Encoder;
 * the only links are http, https and mailto addresses after normalisation; text with
 * bidirectional controls is isolated in {@code <bdi>}.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *     .fragment(true)
 *     .labels(SectionLabels.german())
 *     .headingLevel(2)
 *     .sections(EnumSet.complementOf(EnumSet.of(Section.DETAILS)))
 *     .figureLayout(FigureLayout.TABLE)
 *     .build();
 * String article = html.render(briefing);
 * }</pre>
 */
public final class HtmlRenderer implements BriefingRenderer {

  private static final HtmlRenderer STANDARD = builder().build();

  private final SectionLabels labels;
  private final Set<Section> sections;
  private final FigureLayout figureLayout;
  private final int headingLevel;
  private final boolean fragment;
  private final String titleOpen;
  private final String titleClose;
  private final String signalOpen;
  private final String whatHappenedOpen;
  private final String whyItMattersOpen;
  private final String theNumbersOpen;
  private final String whatToWatchOpen;
  private final String detailsOpen;
  private final String[] impactOpens;
  private final String asOfWords;
  private final String tableOpen;
  private final String defaultDocumentTitle;
  private final String idTerm;
  private final String publishedTerm;
  private final String languageTerm;
  private final String authorTerm;
  private final String tagTerm;
  private final String sourceTerm;

  private HtmlRenderer(Builder builder) {
    this.labels = builder.labels;
    this.sections = EnumSet.copyOf(builder.sections);
    this.figureLayout = builder.figureLayout;
    this.headingLevel = builder.headingLevel;
    this.fragment = builder.fragment;
    this.titleOpen = "<h" + headingLevel + ">";
    this.titleClose = "</h" + headingLevel + ">\n";
    int sectionLevel = headingLevel + 1;
    this.signalOpen = sectionOpen("signal", sectionLevel, labels.signal());
    this.whatHappenedOpen = sectionOpen("what-happened", sectionLevel, labels.whatHappened());
    this.whyItMattersOpen = sectionOpen("why-it-matters", sectionLevel, labels.whyItMatters())
        + "<ol class=\"impacts\">\n";
    this.theNumbersOpen = sectionOpen("the-numbers", sectionLevel, labels.theNumbers());
    this.whatToWatchOpen = sectionOpen("what-to-watch", sectionLevel, labels.whatToWatch())
        + "<dl class=\"watch-items\">\n";
    this.detailsOpen = sectionOpen("details", sectionLevel, labels.details()) + "<dl class=\"details\">\n";
    List<String> orders = labels.impactOrders();
    this.impactOpens = new String[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      impactOpens[i] = "<li><p><strong>" + text(orders.get(i)) + ":</strong> ";
    }
    this.asOfWords = text(labels.asOf()) + " ";
    this.tableOpen = "<table class=\"figures\">\n<thead>\n<tr><th scope=\"col\">" + text(labels.valueHeading())
        + "</th><th scope=\"col\">" + text(labels.measureHeading())
        + "</th><th scope=\"col\">" + text(labels.source())
        + "</th><th scope=\"col\">" + text(labels.asOfHeading()) + "</th></tr>\n</thead>\n<tbody>\n";
    StringBuilder documentTitle = new StringBuilder();
    try {
      HtmlText.title(documentTitle, labels.signal());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("StringBuilder does not throw", e);
    }
    this.defaultDocumentTitle = documentTitle.toString();
    this.idTerm = term(labels.id());
    this.publishedTerm = term(labels.published());
    this.languageTerm = term(labels.languageLabel());
    this.authorTerm = term(labels.author());
    this.tagTerm = term(labels.tag());
    this.sourceTerm = term(labels.source());
  }

  /** @return a full-document renderer with English labels, every section, title level 1 */
  public static HtmlRenderer standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard options */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders the briefing into a string, in a buffer sized from the briefing's text so that a
   * long page is not copied again and again as it grows.
   *
   * <pre>{@code
   * String page = HtmlRenderer.standard().render(briefing);
   * }</pre>
   *
   * @param briefing the briefing
   * @return the HTML
   */
  @Override
  public String render(Briefing briefing) {
    // Per item: a list item or table row with its tags; once: the headings and, for a whole
    // page, the document around the article. Entities are longer than backslashes.
    int markup = fragment ? 512 : 512 + HtmlDocument.OVERHEAD;
    StringBuilder out = new StringBuilder(OutputSize.of(briefing, sections, 64, markup, 8));
    render(briefing, out);
    return out.toString();
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    Optional<String> language = briefing.metadata().language().map(java.util.Locale::toLanguageTag);
    if (!fragment) {
      HtmlDocument.open(out, language.orElse(labels.language().toLanguageTag()), briefing.title(),
          defaultDocumentTitle);
    }
    out.append("<article class=\"briefing\"");
    if (language.isPresent()) {
      out.append(" lang=\"");
      HtmlText.attribute(out, language.get());
      out.append('"');
    }
    out.append(">\n");
    if (sections.contains(Section.TITLE) && briefing.title().isPresent()) {
      out.append(titleOpen);
      HtmlText.content(out, briefing.title().get());
      out.append(titleClose);
    }
    if (sections.contains(Section.SIGNAL)) {
      out.append(signalOpen);
      paragraphs(briefing.signal(), out);
      out.append("</section>\n");
    }
    if (sections.contains(Section.WHAT_HAPPENED)) {
      out.append(whatHappenedOpen);
      paragraphs(briefing.whatHappened(), out);
      out.append("</section>\n");
    }
    if (sections.contains(Section.WHY_IT_MATTERS) && !briefing.impacts().isEmpty()) {
      writeImpacts(briefing.impacts(), out);
    }
    if (sections.contains(Section.THE_NUMBERS) && !briefing.figures().isEmpty()) {
      out.append(theNumbersOpen);
      if (figureLayout == FigureLayout.TABLE) {
        writeTable(briefing.figures(), out);
      } else {
        writeFigureList(briefing.figures(), out);
      }
      out.append("</section>\n");
    }
    if (sections.contains(Section.WHAT_TO_WATCH) && !briefing.watchItems().isEmpty()) {
      out.append(whatToWatchOpen);
      for (WatchItem item : briefing.watchItems()) {
        out.append("<dt>");
        HtmlText.content(out, item.title());
        out.append("</dt>\n<dd>");
        paragraphs(item.description(), out);
        out.append("</dd>\n");
      }
      out.append("</dl>\n</section>\n");
    }
    if (sections.contains(Section.DETAILS) && !briefing.metadata().isEmpty()) {
      writeDetails(briefing.metadata(), out);
    }
    out.append("</article>\n");
    if (!fragment) {
      HtmlDocument.close(out);
    }
  }

  private void writeImpacts(List<Impact> impacts, Appendable out) throws IOException {
    out.append(whyItMattersOpen);
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      out.append(impactOpens[ImpactOrderLabel.index(impactOpens.length, impact.order(), i)]);
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
      out.append("</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private void writeFigureList(List<Figure> figures, Appendable out) throws IOException {
    out.append("<dl class=\"figures\">\n");
    for (Figure figure : figures) {
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
          out.append(asOfWords).append("<span class=\"as-of\">");
          HtmlText.content(out, asOf.get());
          out.append("</span>");
        }
        out.append(')');
      }
      out.append("</dd>\n");
    }
    out.append("</dl>\n");
  }

  private void writeTable(List<Figure> figures, Appendable out) throws IOException {
    out.append(tableOpen);
    for (Figure figure : figures) {
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
    out.append("</tbody>\n</table>\n");
  }

  private void writeDetails(Metadata metadata, Appendable out) throws IOException {
    out.append(detailsOpen);
    if (metadata.id().isPresent()) {
      out.append(idTerm).append("<dd>");
      HtmlText.content(out, metadata.id().get());
      out.append("</dd>\n");
    }
    if (metadata.published().isPresent()) {
      out.append(publishedTerm).append("<dd><time datetime=\"")
          .append(Timestamps.htmlDateTime(metadata.published().get())).append("\">")
          .append(Timestamps.iso(metadata.published().get())).append("</time></dd>\n");
    }
    if (metadata.language().isPresent()) {
      out.append(languageTerm).append("<dd>");
      HtmlText.content(out, metadata.language().get().toLanguageTag());
      out.append("</dd>\n");
    }
    if (!metadata.authors().isEmpty()) {
      out.append(authorTerm);
      for (String author : metadata.authors()) {
        out.append("<dd>");
        HtmlText.content(out, author);
        out.append("</dd>\n");
      }
    }
    if (!metadata.tags().isEmpty()) {
      out.append(tagTerm);
      for (String tag : metadata.tags()) {
        out.append("<dd>");
        HtmlText.content(out, tag);
        out.append("</dd>\n");
      }
    }
    if (!metadata.sources().isEmpty()) {
      out.append(sourceTerm);
      for (Source source : metadata.sources()) {
        out.append("<dd>");
        Optional<String> url = SafeUrl.of(source.url());
        if (url.isPresent()) {
          out.append("<a href=\"");
          HtmlText.attribute(out, url.get());
          out.append("\">");
          HtmlText.content(out, source.title());
          out.append("</a>");
        } else {
          HtmlText.content(out, source.title());
        }
        out.append("</dd>\n");
      }
    }
    out.append("</dl>\n</section>\n");
  }

  private static void paragraphs(String text, Appendable out) throws IOException {
    for (int start = 0; start < text.length(); ) {
      int end = ParagraphSpans.end(text, start);
      out.append("<p>");
      HtmlText.content(out, text, start, end);
      out.append("</p>\n");
      start = end + ParagraphSpans.SEPARATOR_LENGTH;
    }
  }

  private static String sectionOpen(String name, int level, String heading) {
    return "<section class=\"" + name + "\">\n<h" + level + ">" + text(heading) + "</h" + level + ">\n";
  }

  private static String term(String label) {
    return "<dt>" + text(label) + "</dt>\n";
  }

  private static String text(String label) {
    StringBuilder out = new StringBuilder(label.length() + 8);
    try {
      HtmlText.content(out, label);
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

  /** @return whether only the {@code <article>} is written, not a whole document */
  public boolean fragment() {
    return fragment;
  }

  /** Builds an {@link HtmlRenderer}. */
  public static final class Builder {
    private SectionLabels labels = SectionLabels.english();
    private Set<Section> sections = Section.all();
    private FigureLayout figureLayout = FigureLayout.LIST;
    private int headingLevel = 1;
    private boolean fragment;

    private Builder() {}

    /**
     * @param labels the words for headings and terms; English by default
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
     * @param figureLayout a definition list (the default) or a table
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
        throw new IllegalArgumentException("headingLevel must be 1..5 so sections fit in h6, but was "
            + headingLevel);
      }
      this.headingLevel = headingLevel;
      return this;
    }

    /**
     * @param fragment {@code true} for only the {@code <article>}; {@code false} (the default)
     *     for a whole document with its style sheet
     * @return this builder
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /** @return the renderer */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
