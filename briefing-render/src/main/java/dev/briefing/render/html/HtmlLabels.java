package dev.briefing.render.html;

import dev.briefing.core.SignpostStatus;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.internal.HtmlText;
import dev.briefing.render.internal.html.OwnArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The markup around the labels' words (section headings, impact orders, "as of", the table's
 * column headings, the details' terms, the model 1.1 labels), made once per renderer. A briefing in another language
 * than its labels (German labels around {@code lang="en-GB"} text) gets the marked set, whose
 * every element that holds a label carries the labels' own {@code lang}, so that each word is
 * in the language it is written in; the article's {@code lang} stays the briefing's, for the
 * user's text.
 */
final class HtmlLabels {
  final String signalOpen;
  final String whatHappenedOpen;
  final String whyItMattersOpen;
  final String theNumbersOpen;
  final String whatToWatchOpen;
  final String detailsOpen;
  final String[] impactOpens;
  final String asOfWords;
  final String tableOpen;
  final String idTerm;
  final String publishedTerm;
  final String languageTerm;
  final String authorTerm;
  final String tagTerm;
  final String sourceTerm;
  final String likelihoodOpen;
  final String confidenceOpen;
  final String horizonOpen;
  final String alternativeViewsOpen;
  final String signpostsOpen;
  /** Per {@link SignpostStatus}, in declaration order: the status word in a {@code <data>} of its term. */
  final String[] statusWords;

  /**
   * @param labels the words
   * @param sectionLevel the level of the section headings
   * @param marked whether each label's element carries the labels' {@code lang}
   */
  HtmlLabels(SectionLabels labels, int sectionLevel, boolean marked) {
    String lang = marked ? " lang=\"" + escaped(labels.language().toLanguageTag(), HtmlText::attribute) + "\"" : "";
    this.signalOpen = sectionOpen(OwnArticle.SIGNAL, sectionLevel, lang, labels.signal());
    this.whatHappenedOpen = sectionOpen(OwnArticle.WHAT_HAPPENED, sectionLevel, lang, labels.whatHappened());
    this.whyItMattersOpen = sectionOpen(OwnArticle.WHY_IT_MATTERS, sectionLevel, lang, labels.whyItMatters())
        + "<ol class=\"" + OwnArticle.IMPACTS + "\">\n";
    this.theNumbersOpen = sectionOpen(OwnArticle.THE_NUMBERS, sectionLevel, lang, labels.theNumbers());
    this.whatToWatchOpen = sectionOpen(OwnArticle.WHAT_TO_WATCH, sectionLevel, lang, labels.whatToWatch())
        + "<dl class=\"" + OwnArticle.WATCH_ITEMS + "\">\n";
    this.detailsOpen = sectionOpen(OwnArticle.DETAILS, sectionLevel, lang, labels.details())
        + "<dl class=\"" + OwnArticle.DETAILS + "\">\n";
    List<String> orders = labels.impactOrders();
    this.impactOpens = new String[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      impactOpens[i] = "<li><p><strong" + lang + ">" + text(orders.get(i)) + ":</strong> ";
    }
    // Unmarked, "as of" runs on in the figure's own text, as it always has.
    this.asOfWords = (marked ? "<span" + lang + ">" + text(labels.asOf()) + "</span>" : text(labels.asOf())) + " ";
    String th = "<th scope=\"col\"" + lang + ">";
    this.tableOpen = "<table class=\"" + OwnArticle.FIGURES + "\">\n<thead>\n<tr>" + th + text(labels.valueHeading())
        + "</th>" + th + text(labels.measureHeading())
        + "</th>" + th + text(labels.source())
        + "</th>" + th + text(labels.asOfHeading()) + "</th></tr>\n</thead>\n<tbody>\n";
    this.idTerm = term(lang, labels.id());
    this.publishedTerm = term(lang, labels.published());
    this.languageTerm = term(lang, labels.languageLabel());
    this.authorTerm = term(lang, labels.author());
    this.tagTerm = term(lang, labels.tag());
    this.sourceTerm = term(lang, labels.source());
    // Model 1.1: the value a reader keys on is the model's own term in <data value>, whatever
    // the words around it, so a page reads back in every label language.
    this.likelihoodOpen = term(lang, labels.likelihood()) + "<dd class=\"" + OwnArticle.LIKELIHOOD + "\"><data value=\"";
    this.confidenceOpen = term(lang, labels.confidence()) + "<dd class=\"" + OwnArticle.CONFIDENCE + "\"><data value=\"";
    this.horizonOpen = term(lang, labels.horizon()) + "<dd class=\"" + OwnArticle.HORIZON + "\"><data value=\"";
    int asideLevel = Math.min(6, sectionLevel + 1);
    this.alternativeViewsOpen = "<aside class=\"" + OwnArticle.ALTERNATIVE_VIEWS + "\">\n<h" + asideLevel + lang + ">"
        + text(labels.alternativeViews()) + "</h" + asideLevel + ">\n<ul>\n";
    this.signpostsOpen = "<table class=\"" + OwnArticle.SIGNPOSTS + "\">\n<thead>\n<tr>" + th + text(labels.indicator())
        + "</th>" + th + text(labels.threshold())
        + "</th>" + th + text(labels.reviewBy())
        + "</th>" + th + text(labels.status()) + "</th></tr>\n</thead>\n<tbody>\n";
    SignpostStatus[] statuses = SignpostStatus.values();
    this.statusWords = new String[statuses.length];
    for (int i = 0; i < statuses.length; i++) {
      statusWords[i] = "<data value=\"" + statuses[i].term() + "\"" + lang + ">"
          + text(labels.statusWord(statuses[i])) + "</data>";
    }
  }

  /**
   * Whether a briefing's words need the marked set. Only the primary language counts: English
   * labels read as English inside an en-GB article, and a briefing without a language leaves
   * the page's language (the labels') in force.
   *
   * @param briefingLanguage the briefing's language, if it has one
   * @param labelsLanguage the labels' language
   * @return whether the labels are in another language than the briefing's text
   */
  static boolean marks(Optional<Locale> briefingLanguage, Locale labelsLanguage) {
    return briefingLanguage.isPresent() && !briefingLanguage.get().getLanguage().equals(labelsLanguage.getLanguage());
  }

  private static String text(String label) {
    return escaped(label, HtmlText::content);
  }

  private static String sectionOpen(String name, int level, String lang, String heading) {
    return "<section class=\"" + name + "\">\n<h" + level + lang + ">" + text(heading) + "</h" + level + ">\n";
  }

  private static String term(String lang, String label) {
    return "<dt" + lang + ">" + text(label) + "</dt>\n";
  }

  /** One of HtmlText's escapes, as a method reference. */
  private interface Escape {
    void write(Appendable out, String value) throws IOException;
  }

  private static String escaped(String value, Escape escape) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    try {
      escape.write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("StringBuilder does not throw", e);
    }
    return out.toString();
  }
}
