package dev.briefing.email;

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
import dev.briefing.email.internal.EmailStyle;
import dev.briefing.kit.ImpactOrders;
import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import java.io.IOException;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The built-in section writers of the email: each section's heading in one row with its first
 * entry, then a row per entry (paragraph, impact, figure, watch item, source), so that the size
 * limit cuts between entries. Impacts and figures are paragraphs and a two-cell table, not
 * lists, whose spacing Outlook's Word engine does not keep. The model 1.1 parts are small
 * labelled lines in the row of what they qualify (The Signal's last paragraph, an impact, an
 * alternative view, a watch item), so the size limit never parts them from it; the alternative
 * views follow the impacts under a subheading.
 */
final class EmailSections {

  private final SectionLabels labels;
  /** {@code lang="…"} for elements holding a label, when the labels' language is not the briefing's. */
  private final String labelLang;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter days;

  private EmailSections(SectionLabels labels, String labelLang) {
    this.labels = labels;
    this.labelLang = labelLang;
    this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(labels.language());
    this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.language());
  }

  /**
   * @param labels the words in use
   * @param labelLang the attribute marking a label's language, or the empty string
   * @return the walk of the built-in writers
   */
  static SectionWalk<EmailOutput> walk(SectionLabels labels, String labelLang) {
    EmailSections sections = new EmailSections(labels, labelLang);
    return SectionWalk.<EmailOutput>empty()
        .with(Section.TITLE, sections::title)
        .with(Section.SIGNAL, sections::signal)
        .with(Section.WHAT_HAPPENED, (b, out) -> sections.text(labels.whatHappened(), b.whatHappened(),
            EmailStyle.PARAGRAPH, out))
        .with(Section.WHY_IT_MATTERS, sections::impacts)
        .with(Section.THE_NUMBERS, sections::figures)
        .with(Section.WHAT_TO_WATCH, sections::watchItems)
        .with(Section.DETAILS, sections::details);
  }

  private void title(Briefing briefing, EmailOutput out) throws IOException {
    out.row().markup("<h1 style=\"" + EmailStyle.TITLE + "\">").text(briefing.title().get()).markup("</h1>\n").endRow();
  }

  private void heading(String label, EmailOutput out) throws IOException {
    out.markup("<h2 style=\"" + EmailStyle.HEADING + "\"" + labelLang + ">").text(label).markup("</h2>\n");
  }

  /** Writes one entry of a section: a paragraph, an impact, a figure, a watch item. */
  @FunctionalInterface
  private interface Entry<T> {
    void write(int index, T item, EmailOutput out) throws IOException;
  }

  /** The heading in one row with the first entry, then a row per entry. */
  private <T> void entries(String label, List<T> items, Entry<T> entry, EmailOutput out) throws IOException {
    out.row();
    heading(label, out);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.endRow().row();
      }
      entry.write(i, items.get(i), out);
    }
    out.endRow();
  }

  private void text(String label, String text, String style, EmailOutput out) throws IOException {
    entries(label, Paragraphs.of(text), (i, paragraph, o) -> o.paragraphs(paragraph, style), out);
  }

  private void signal(Briefing briefing, EmailOutput out) throws IOException {
    List<String> paragraphs = Paragraphs.of(briefing.signal());
    entries(labels.signal(), paragraphs, (i, paragraph, o) -> {
      o.paragraphs(paragraph, EmailStyle.LEAD);
      if (i == paragraphs.size() - 1) {
        judgment(briefing.signalLikelihood(), briefing.signalConfidence(), briefing.signalHorizon(), o);
      }
    }, out);
  }

  private void impacts(Briefing briefing, EmailOutput out) throws IOException {
    List<Impact> impacts = briefing.impacts();
    entries(labels.whyItMatters(), impacts, (i, impact, o) -> {
      List<String> paragraphs = Paragraphs.of(impact.text());
      o.markup("<p style=\"" + EmailStyle.PARAGRAPH + "\"><strong style=\"" + EmailStyle.STRONG + "\"" + labelLang + ">")
          .text(ImpactOrders.label(labels, impacts, i) + ":").markup("</strong> ")
          .text(paragraphs.isEmpty() ? "" : paragraphs.get(0)).markup("</p>\n");
      for (String paragraph : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
        o.paragraphs(paragraph);
      }
      judgment(impact.likelihood(), impact.confidence(), impact.horizon(), o);
    }, out);
    List<AlternativeView> views = briefing.alternativeViews();
    for (int i = 0; i < views.size(); i++) {
      out.row();
      if (i == 0) {
        out.markup("<h3 style=\"" + EmailStyle.SUBHEADING + "\"" + labelLang + ">").text(labels.alternativeViews())
            .markup("</h3>\n");
      }
      out.paragraphs(views.get(i).text());
      judgment(views.get(i).likelihood(), Optional.empty(), Optional.empty(), out);
      out.endRow();
    }
  }

  /** A judgment's likelihood, confidence and horizon on one small line; nothing for a 1.0 judgment. */
  private void judgment(Optional<Likelihood> likelihood, Optional<Confidence> confidence, Optional<Period> horizon,
      EmailOutput out) throws IOException {
    if (likelihood.isEmpty() && confidence.isEmpty() && horizon.isEmpty()) {
      return;
    }
    out.markup("<p style=\"" + EmailStyle.SMALL + "\">");
    String between = "";
    if (likelihood.isPresent()) {
      labelled(between, labels.likelihood(), out).text(likelihood.get().term());
      between = " · ";
    }
    if (confidence.isPresent()) {
      labelled(between, labels.confidence(), out).text(confidence.get().term());
      between = " · ";
    }
    if (horizon.isPresent()) {
      labelled(between, labels.horizon(), out).text(horizon.get().toString());
    }
    out.markup("</p>\n");
  }

  /** A signpost on one small line: indicator, threshold, review-by date and status. */
  private void signpost(Signpost signpost, EmailOutput out) throws IOException {
    out.markup("<p style=\"" + EmailStyle.SMALL + "\">");
    labelled("", labels.indicator(), out).text(signpost.indicator());
    if (signpost.threshold().isPresent()) {
      labelled(" · ", labels.threshold(), out).text(signpost.threshold().get());
    }
    if (signpost.reviewBy().isPresent()) {
      labelled(" · ", labels.reviewBy(), out).text(days.format(signpost.reviewBy().get()));
    }
    labelled(" · ", labels.status(), out).markup(labelLang.isEmpty() ? "" : "<span style=\"" + EmailStyle.PLAIN + "\""
        + labelLang + ">").text(labels.statusWord(signpost.status())).markup(labelLang.isEmpty() ? "" : "</span>");
    out.markup("</p>\n");
  }

  private EmailOutput labelled(String between, String label, EmailOutput out) throws IOException {
    return out.markup(between + "<strong style=\"" + EmailStyle.STRONG + "\"" + labelLang + ">").text(label + ":")
        .markup("</strong> ");
  }

  private void figures(Briefing briefing, EmailOutput out) throws IOException {
    entries(labels.theNumbers(), briefing.figures(), (i, figure, o) -> figure(figure, o), out);
  }

  private void figure(Figure figure, EmailOutput out) throws IOException {
    out.markup("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n<tr>\n"
        + "<td width=\"" + EmailStyle.FIGURE_VALUE_WIDTH + "\" valign=\"top\" style=\"" + EmailStyle.FIGURE_VALUE + "\">")
        .text(figure.value()).markup("</td>\n<td valign=\"top\" style=\"" + EmailStyle.FIGURE_LABEL + "\">")
        .text(figure.label());
    Optional<String> source = figure.source();
    Optional<String> asOf = figure.asOf();
    if (source.isPresent() || asOf.isPresent()) {
      out.markup(" (");
      if (source.isPresent()) {
        out.markup("<span style=\"" + EmailStyle.CITE + "\">").text(source.get()).markup("</span>");
      }
      if (source.isPresent() && asOf.isPresent()) {
        out.markup(", ");
      }
      if (asOf.isPresent()) {
        out.markup(labelLang.isEmpty() ? "" : "<span style=\"" + EmailStyle.PLAIN + "\"" + labelLang + ">").text(labels.asOf())
            .markup(labelLang.isEmpty() ? " " : "</span> ").text(asOf.get());
      }
      out.markup(")");
    }
    out.markup("</td>\n</tr>\n</table>\n");
  }

  private void watchItems(Briefing briefing, EmailOutput out) throws IOException {
    entries(labels.whatToWatch(), briefing.watchItems(), (i, item, o) -> watchItem(item, o), out);
  }

  private void watchItem(WatchItem item, EmailOutput out) throws IOException {
    out.markup("<h3 style=\"" + EmailStyle.SUBHEADING + "\">").text(item.title()).markup("</h3>\n")
        .paragraphs(item.description());
    for (Signpost signpost : item.signposts()) {
      signpost(signpost, out);
    }
  }

  private void details(Briefing briefing, EmailOutput out) throws IOException {
    Metadata metadata = briefing.metadata();
    out.row();
    heading(labels.details(), out);
    if (metadata.id().isPresent()) {
      detail(labels.id(), out).text(metadata.id().get()).markup("</p>\n");
    }
    if (metadata.published().isPresent()) {
      detail(labels.published(), out).text(dates.format(metadata.published().get())).markup("</p>\n");
    }
    if (metadata.language().isPresent()) {
      detail(labels.languageLabel(), out).text(metadata.language().get().toLanguageTag()).markup("</p>\n");
    }
    if (!metadata.authors().isEmpty()) {
      detail(labels.author(), out).text(String.join(", ", metadata.authors())).markup("</p>\n");
    }
    if (!metadata.tags().isEmpty()) {
      detail(labels.tag(), out).text(String.join(", ", metadata.tags())).markup("</p>\n");
    }
    boolean first = true;
    for (Source source : metadata.sources()) {
      if (!first || metadata.id().isPresent() || metadata.published().isPresent() || metadata.language().isPresent()
          || !metadata.authors().isEmpty() || !metadata.tags().isEmpty()) {
        out.endRow().row();
      }
      first = false;
      detail(labels.source(), out).link(source.url(), source.title()).markup("</p>\n");
    }
    out.endRow();
  }

  private EmailOutput detail(String term, EmailOutput out) throws IOException {
    return out.markup("<p style=\"" + EmailStyle.SMALL + "\"><strong style=\"" + EmailStyle.STRONG + "\"" + labelLang + ">")
        .text(term + ":").markup("</strong> ");
  }
}
