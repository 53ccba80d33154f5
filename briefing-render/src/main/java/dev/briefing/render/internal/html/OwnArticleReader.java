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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The library's own HTML read back exactly, by the classes the renderer writes
 * ({@code article.briefing}, {@code section.signal}, {@code ol.impacts}, {@code dl.figures} or
 * {@code table.figures}, {@code dl.watch-items}, {@code dl.details}; for model 1.1
 * {@code dl.judgment}, {@code aside.alternative-views}, {@code table.signposts}, whose values
 * are the model's terms in {@code <data value>} and {@code <time datetime>}), whatever the label
 * language, heading level or figure layout. Text is taken as written, white space included, so
 * that a rendered briefing comes back equal.
 *
 * <p>It reads one tree, {@link OwnElement}, made in one of two ways: by {@link
 * OwnArticleScanner} from a page that is exactly the renderer's markup ({@link OwnPageReading}
 * trusts that reading only for a page that renders back as it is), or from jsoup's tree of any
 * other page ({@link OwnElement#of}), so both ways read alike.
 */
final class OwnArticleReader {

  private final Vocabulary words;

  /** @param words impact orders, detail terms and "as of" words of every known language */
  OwnArticleReader(Vocabulary words) {
    this.words = words;
  }

  /** @return the signal section, without which the page is not the renderer's article */
  static OwnElement signal(OwnElement article) {
    return article.hasClass(OwnArticle.BRIEFING) ? article.child("section", OwnArticle.SIGNAL) : null;
  }

  /** @return the briefing, or null when a part is not as the renderer writes it */
  BriefingDraft read(OwnElement article) {
    BriefingDraft draft = new BriefingDraft();
    DetailValues details = new DetailValues(draft);
    for (OwnElement child : article.children()) {
      String tag = child.name();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
        draft.title(child.wholeText());
        continue;
      }
      if (!tag.equals("section")) {
        return null;
      }
      boolean read;
      switch (child.className()) {
        case OwnArticle.SIGNAL:
          read = paragraphs(child, Section.SIGNAL, draft)
              && judgment(child.child("dl", OwnArticle.JUDGMENT), draft.signalJudgment());
          break;
        case OwnArticle.WHAT_HAPPENED:
          read = paragraphs(child, Section.WHAT_HAPPENED, draft);
          break;
        case OwnArticle.WHY_IT_MATTERS:
          read = impacts(child, draft);
          break;
        case OwnArticle.THE_NUMBERS:
          read = figures(child, draft);
          break;
        case OwnArticle.WHAT_TO_WATCH:
          read = watchItems(child, draft);
          break;
        case OwnArticle.DETAILS:
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

  private static boolean paragraphs(OwnElement section, Section which, BriefingDraft draft) {
    for (OwnElement p : section.children("p")) {
      draft.paragraph(which, p.wholeText());
    }
    return true;
  }

  private boolean impacts(OwnElement section, BriefingDraft draft) {
    for (OwnElement ol : section.children("ol")) {
      if (!ol.hasClass(OwnArticle.IMPACTS)) {
        continue;
      }
      for (OwnElement li : ol.children("li")) {
        List<OwnElement> ps = li.children("p");
        OwnElement lead = ps.isEmpty() ? null : ps.get(0).firstChild();
        if (lead == null) {
          return false;
        }
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
        if (!judgment(li.child("dl", OwnArticle.JUDGMENT), draft.lastImpactJudgment())) {
          return false;
        }
      }
    }
    for (OwnElement aside : section.children("aside")) {
      if (!aside.hasClass(OwnArticle.ALTERNATIVE_VIEWS)) {
        continue;
      }
      for (OwnElement ul : aside.children("ul")) {
        for (OwnElement li : ul.children("li")) {
          List<OwnElement> ps = li.children("p");
          draft.startAlternativeView(ps.isEmpty() ? "" : ps.get(0).wholeText());
          for (int i = 1; i < ps.size(); i++) {
            draft.continueAlternativeView(ps.get(i).wholeText());
          }
          if (!judgment(li.child("dl", OwnArticle.JUDGMENT), draft.lastAlternativeViewJudgment())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean judgment(OwnElement list, Judgment judgment) {
    if (list == null) {
      return true;
    }
    for (OwnElement dd : list.children("dd")) {
      JudgmentField field;
      switch (dd.className()) {
        case OwnArticle.LIKELIHOOD:
          field = JudgmentField.LIKELIHOOD;
          break;
        case OwnArticle.CONFIDENCE:
          field = JudgmentField.CONFIDENCE;
          break;
        case OwnArticle.HORIZON:
          field = JudgmentField.HORIZON;
          break;
        default:
          return false;
      }
      OwnElement data = dataWithValue(dd);
      if (data == null || judgment.set(field, data.attr("value")) != null) {
        return false;
      }
    }
    return true;
  }

  private static OwnElement dataWithValue(OwnElement parent) {
    for (OwnElement e : parent.children("data")) {
      if (e.hasAttr("value")) {
        return e;
      }
    }
    return null;
  }

  private static boolean signposts(OwnElement dd, BriefingDraft draft) {
    OwnElement table = dd.child("table", OwnArticle.SIGNPOSTS);
    if (table == null) {
      return true;
    }
    for (OwnElement tbody : table.children("tbody")) {
      for (OwnElement tr : tbody.children("tr")) {
        List<OwnElement> cells = tr.children();
        if (cells.size() != 4 || !draft.startSignpost(cells.get(0).wholeText())) {
          return false;
        }
        Signpost.Builder signpost = draft.lastSignpost();
        if (!cells.get(1).nodes().isEmpty()) {
          signpost.threshold(cells.get(1).wholeText());
        }
        OwnElement time = null;
        for (OwnElement e : cells.get(2).children("time")) {
          if (e.hasAttr("datetime")) {
            time = e;
            break;
          }
        }
        if (time != null) {
          try {
            signpost.reviewBy(LocalDate.parse(time.attr("datetime")));
          } catch (DateTimeParseException e) {
            return false;
          }
        }
        OwnElement status = dataWithValue(cells.get(3));
        Optional<SignpostStatus> read = status == null ? Optional.empty() : SignpostStatus.ofTerm(status.attr("value"));
        if (read.isEmpty()) {
          return false;
        }
        signpost.status(read.get());
      }
    }
    return true;
  }

  private boolean figures(OwnElement section, BriefingDraft draft) {
    OwnElement table = section.child("table", OwnArticle.FIGURES);
    if (table != null) {
      for (OwnElement tbody : table.children("tbody")) {
        for (OwnElement tr : tbody.children("tr")) {
          List<OwnElement> cells = tr.children();
          if (cells.size() != 4) {
            return false;
          }
          Figure.Builder figure = Figure.builder().value(cells.get(0).wholeText()).label(cells.get(1).wholeText());
          OwnElement source = cells.get(2).firstChild();
          if (source != null) {
            figure.source(source.wholeText());
          }
          if (!cells.get(3).nodes().isEmpty()) {
            figure.asOf(cells.get(3).wholeText());
          }
          draft.figure(figure.build());
        }
      }
      return true;
    }
    OwnElement list = section.child("dl", OwnArticle.FIGURES);
    if (list == null) {
      return false;
    }
    List<OwnElement[]> terms = termsWithDescriptions(list);
    if (terms == null) {
      return false;
    }
    for (OwnElement[] term : terms) {
      OwnElement dt = term[0];
      OwnElement dd = term[1];
      Figure.Builder figure = Figure.builder().value(dt.wholeText());
      OwnElement cite = dd.child("cite", null);
      OwnElement asOf = dd.child("span", OwnArticle.AS_OF);
      StringBuilder label = new StringBuilder();
      for (Object n : dd.nodes()) {
        if (n instanceof String) {
          label.append((String) n);
        } else if (((OwnElement) n).name().equals("bdi")) {
          // Text with bidi controls is isolated in <bdi>, and is still the label's own text.
          ((OwnElement) n).appendText(label);
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

  /**
   * @return each {@code <dt>} of the list with the element after it (jsoup's {@code
   *     nextElementSibling()}), or null when a {@code <dt>} has none
   */
  private static List<OwnElement[]> termsWithDescriptions(OwnElement list) {
    List<Object> nodes = list.nodes();
    List<OwnElement[]> terms = new ArrayList<>(nodes.size() / 2);
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof OwnElement && ((OwnElement) nodes.get(i)).name().equals("dt")) {
        OwnElement dd = nextElement(nodes, i);
        if (dd == null) {
          return null;
        }
        terms.add(new OwnElement[] {(OwnElement) nodes.get(i), dd});
      }
    }
    return terms;
  }

  private static OwnElement nextElement(List<Object> nodes, int index) {
    for (int i = index + 1; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof OwnElement) {
        return (OwnElement) nodes.get(i);
      }
    }
    return null;
  }

  private static boolean hasMarkedAsOf(OwnElement dd) {
    OwnElement first = dd.firstChild();
    return first != null && first.name().equals("span") && !first.hasClass(OwnArticle.AS_OF);
  }

  private String withoutSuffix(String text, boolean asOfWords) {
    if (!asOfWords) {
      return text.endsWith(" (") ? text.substring(0, text.length() - 2) : null;
    }
    for (String word : words.asOfWords()) {
      String suffix = " (" + word + " ";
      if (text.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        return text.substring(0, text.length() - suffix.length());
      }
    }
    return null;
  }

  private static boolean watchItems(OwnElement section, BriefingDraft draft) {
    for (OwnElement dl : section.children("dl")) {
      if (!dl.hasClass(OwnArticle.WATCH_ITEMS)) {
        continue;
      }
      List<OwnElement[]> terms = termsWithDescriptions(dl);
      if (terms == null) {
        return false;
      }
      for (OwnElement[] term : terms) {
        OwnElement dt = term[0];
        OwnElement dd = term[1];
        List<OwnElement> ps = dd.children("p");
        draft.startWatchItem(dt.wholeText(), ps.isEmpty() ? "" : ps.get(0).wholeText());
        for (int j = 1; j < ps.size(); j++) {
          draft.continueWatchItem(ps.get(j).wholeText());
        }
        if (!signposts(dd, draft)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean details(OwnElement section, DetailValues values) {
    DetailField field = null;
    for (OwnElement dl : section.children("dl")) {
      if (!dl.hasClass(OwnArticle.DETAILS)) {
        continue;
      }
      for (OwnElement e : dl.children()) {
        if (e.name().equals("dt")) {
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
          OwnElement a = e.child("a", null);
          problem = a == null ? "no link" : values.source(a.wholeText(), a.attr("href"));
        } else {
          problem = values.put(field, e.wholeText());
        }
        if (problem != null) {
          return false;
        }
      }
    }
    return true;
  }

  private static String textAfter(OwnElement parent, OwnElement lead) {
    StringBuilder out = new StringBuilder();
    boolean after = false;
    for (Object n : parent.nodes()) {
      if (n == lead) {
        after = true;
      } else if (after) {
        if (n instanceof String) {
          out.append((String) n);
        } else {
          ((OwnElement) n).appendText(out);
        }
      }
    }
    return out.toString();
  }
}
