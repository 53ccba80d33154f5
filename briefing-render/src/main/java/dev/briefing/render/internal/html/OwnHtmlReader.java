package dev.briefing.render.internal.html;

import dev.briefing.core.Figure;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.DetailField;
import dev.briefing.render.internal.parse.DetailValues;
import dev.briefing.render.internal.parse.Judgment;
import dev.briefing.render.internal.parse.JudgmentField;
import dev.briefing.render.internal.parse.Section;
import dev.briefing.render.internal.parse.Vocabulary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The library's own HTML read back exactly, by the classes the renderer writes
 * ({@code article.briefing}, {@code section.signal}, {@code ol.impacts}, {@code dl.figures} or
 * {@code table.figures}, {@code dl.watch-items}, {@code dl.details}; for model 1.1
 * {@code dl.judgment}, {@code aside.alternative-views}, {@code table.signposts}, whose values
 * are the model's terms in {@code <data value>} and {@code <time datetime>}), whatever the label
 * language, heading level or figure layout. Text is taken as written, white space included, so
 * that a rendered briefing comes back equal.
 */
public final class OwnHtmlReader {

  private final Vocabulary words;

  /** @param words impact orders, detail terms and "as of" words of every known language */
  public OwnHtmlReader(Vocabulary words) {
    this.words = words;
  }

  /**
   * @param root a document or element
   * @return the article the renderer wrote, or null when there is none
   */
  public static Element article(Element root) {
    Element article = root.selectFirst("article.briefing");
    return article != null && article.selectFirst("> section.signal") != null ? article : null;
  }

  /**
   * @param article the renderer's article
   * @return the briefing, or null when a part is not as the renderer writes it
   */
  public BriefingDraft read(Element article) {
    BriefingDraft draft = new BriefingDraft();
    DetailValues details = new DetailValues(draft);
    for (Element child : article.children()) {
      String tag = child.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
        draft.title(child.wholeText());
        continue;
      }
      if (!tag.equals("section")) {
        return null;
      }
      boolean read;
      switch (child.className()) {
        case "signal":
          read = paragraphs(child, Section.SIGNAL, draft)
              && judgment(child.selectFirst("> dl.judgment"), draft.signalJudgment());
          break;
        case "what-happened":
          read = paragraphs(child, Section.WHAT_HAPPENED, draft);
          break;
        case "why-it-matters":
          read = impacts(child, draft);
          break;
        case "the-numbers":
          read = figures(child, draft);
          break;
        case "what-to-watch":
          read = watchItems(child, draft);
          break;
        case "details":
          read = details(child, details);
          break;
        default:
          read = false;
      }
      if (!read) {
        return null;
      }
    }
    return draft;
  }

  private static boolean paragraphs(Element section, Section which, BriefingDraft draft) {
    for (Element p : section.select("> p")) {
      draft.paragraph(which, p.wholeText());
    }
    return true;
  }

  private boolean impacts(Element section, BriefingDraft draft) {
    for (Element li : section.select("> ol.impacts > li")) {
      List<Element> ps = li.select("> p");
      if (ps.isEmpty() || ps.get(0).children().isEmpty()) {
        return false;
      }
      Element lead = ps.get(0).child(0);
      String label = lead.wholeText();
      int order = words.impactOrder(label.endsWith(":") ? label.substring(0, label.length() - 1) : label);
      if (order <= 0) {
        return false;
      }
      String first = textAfter(ps.get(0), lead);
      draft.startImpact(order, first.startsWith(" ") ? first.substring(1) : first);
      for (int i = 1; i < ps.size(); i++) {
        draft.continueImpact(ps.get(i).wholeText());
      }
      if (!judgment(li.selectFirst("> dl.judgment"), draft.lastImpactJudgment())) {
        return false;
      }
    }
    for (Element li : section.select("> aside.alternative-views > ul > li")) {
      List<Element> ps = li.select("> p");
      draft.startAlternativeView(ps.isEmpty() ? "" : ps.get(0).wholeText());
      for (int i = 1; i < ps.size(); i++) {
        draft.continueAlternativeView(ps.get(i).wholeText());
      }
      if (!judgment(li.selectFirst("> dl.judgment"), draft.lastAlternativeViewJudgment())) {
        return false;
      }
    }
    return true;
  }

  /** A judgment's values, keyed by the class of each {@code <dd>} and read from its {@code <data value>}. */
  private static boolean judgment(Element list, Judgment judgment) {
    if (list == null) {
      return true;
    }
    for (Element dd : list.select("> dd")) {
      JudgmentField field;
      switch (dd.className()) {
        case "likelihood":
          field = JudgmentField.LIKELIHOOD;
          break;
        case "confidence":
          field = JudgmentField.CONFIDENCE;
          break;
        case "horizon":
          field = JudgmentField.HORIZON;
          break;
        default:
          return false;
      }
      Element data = dd.selectFirst("> data[value]");
      if (data == null || judgment.set(field, data.attr("value")) != null) {
        return false;
      }
    }
    return true;
  }

  /** A watch item's signposts: one row each of indicator, threshold, review-by {@code <time>} and status {@code <data>}. */
  private static boolean signposts(Element dd, BriefingDraft draft) {
    Element table = dd.selectFirst("> table.signposts");
    if (table == null) {
      return true;
    }
    for (Element tr : table.select("> tbody > tr")) {
      List<Element> cells = tr.children();
      if (cells.size() != 4 || !draft.startSignpost(cells.get(0).wholeText())) {
        return false;
      }
      Signpost.Builder signpost = draft.lastSignpost();
      if (!cells.get(1).childNodes().isEmpty()) {
        signpost.threshold(cells.get(1).wholeText());
      }
      Element time = cells.get(2).selectFirst("> time[datetime]");
      if (time != null) {
        try {
          signpost.reviewBy(LocalDate.parse(time.attr("datetime")));
        } catch (DateTimeParseException e) {
          return false;
        }
      }
      Element status = cells.get(3).selectFirst("> data[value]");
      Optional<SignpostStatus> read = status == null ? Optional.empty() : SignpostStatus.ofTerm(status.attr("value"));
      if (read.isEmpty()) {
        return false;
      }
      signpost.status(read.get());
    }
    return true;
  }

  private boolean figures(Element section, BriefingDraft draft) {
    Element table = section.selectFirst("> table.figures");
    if (table != null) {
      for (Element tr : table.select("> tbody > tr")) {
        List<Element> cells = tr.children();
        if (cells.size() != 4) {
          return false;
        }
        Figure.Builder figure = Figure.builder().value(cells.get(0).wholeText()).label(cells.get(1).wholeText());
        if (!cells.get(2).children().isEmpty()) {
          figure.source(cells.get(2).child(0).wholeText());
        }
        if (!cells.get(3).childNodes().isEmpty()) {
          figure.asOf(cells.get(3).wholeText());
        }
        draft.figure(figure.build());
      }
      return true;
    }
    Element list = section.selectFirst("> dl.figures");
    if (list == null) {
      return false;
    }
    for (Element dt : list.select("> dt")) {
      Element dd = dt.nextElementSibling();
      if (dd == null) {
        return false;
      }
      Figure.Builder figure = Figure.builder().value(dt.wholeText());
      Element cite = dd.selectFirst("> cite");
      Element asOf = dd.selectFirst("> span.as-of");
      StringBuilder label = new StringBuilder();
      for (Node n : dd.childNodes()) {
        if (n instanceof TextNode) {
          label.append(((TextNode) n).getWholeText());
        } else if (n instanceof Element && ((Element) n).normalName().equals("bdi")) {
          // Text with bidi controls is isolated in <bdi>, and is still the label's own text.
          label.append(((Element) n).wholeText());
        } else {
          break;
        }
      }
      String text = label.toString();
      if (cite != null || asOf != null) {
        text = withoutSuffix(text, cite == null && !hasMarkedAsOf(dd));
        if (text == null) {
          return false;
        }
      }
      figure.label(text);
      if (cite != null) {
        figure.source(cite.wholeText());
      }
      if (asOf != null) {
        figure.asOf(asOf.wholeText());
      }
      draft.figure(figure.build());
    }
    return true;
  }

  private static boolean hasMarkedAsOf(Element dd) {
    Element first = dd.children().isEmpty() ? null : dd.child(0);
    return first != null && first.normalName().equals("span") && !first.hasClass("as-of");
  }

  /** The label without the " (" the renderer writes before a source, or " (as of " before a lone date. */
  private String withoutSuffix(String text, boolean asOfWords) {
    if (!asOfWords) {
      return text.endsWith(" (") ? text.substring(0, text.length() - 2) : null;
    }
    for (String word : words.asOfWords()) {
      String suffix = " (" + word + " ";
      if (text.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
        return text.substring(0, text.length() - suffix.length());
      }
    }
    return null;
  }

  private static boolean watchItems(Element section, BriefingDraft draft) {
    for (Element dt : section.select("> dl.watch-items > dt")) {
      Element dd = dt.nextElementSibling();
      if (dd == null) {
        return false;
      }
      List<Element> ps = dd.select("> p");
      draft.startWatchItem(dt.wholeText(), ps.isEmpty() ? "" : ps.get(0).wholeText());
      for (int i = 1; i < ps.size(); i++) {
        draft.continueWatchItem(ps.get(i).wholeText());
      }
      if (!signposts(dd, draft)) {
        return false;
      }
    }
    return true;
  }

  private boolean details(Element section, DetailValues values) {
    DetailField field = null;
    for (Element e : section.select("> dl.details > *")) {
      if (e.normalName().equals("dt")) {
        field = words.detail(e.wholeText());
        if (field == null) {
          return false;
        }
        continue;
      }
      if (field == null) {
        return false;
      }
      String problem;
      if (field == DetailField.SOURCE) {
        Element a = e.selectFirst("> a");
        problem = a == null ? "no link" : values.source(a.wholeText(), a.attr("href"));
      } else {
        problem = values.put(field, e.wholeText());
      }
      if (problem != null) {
        return false;
      }
    }
    return true;
  }

  private static String textAfter(Element parent, Element lead) {
    StringBuilder out = new StringBuilder();
    boolean after = false;
    for (Node n : parent.childNodes()) {
      if (n == lead) {
        after = true;
      } else if (after) {
        out.append(n instanceof TextNode ? ((TextNode) n).getWholeText() : ((Element) n).wholeText());
      }
    }
    return out.toString();
  }
}
