package dev.briefing.render.internal.markdown;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.RenderOptions;
import dev.briefing.render.internal.MarkdownText;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.DetailField;
import dev.briefing.render.internal.parse.DetailValues;
import dev.briefing.render.internal.parse.JudgmentField;
import dev.briefing.render.internal.parse.Section;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.parse.Vocabulary;

/**
 * The Markdown renderer's own layout read line by line, without a CommonMark parse: exactly
 * the lines {@link dev.briefing.render.markdown.MarkdownRenderer} writes with the standard
 * heading level and figures as a list, in any known label set, with its escapes undone by
 * {@link MarkdownText#unescape}. Its marks are {@link MarkdownMarks}.
 *
 * <p>It is a partial reader for recognising the library's own output, and its reading is trusted
 * only when writing it again gives the input back ({@link
 * dev.briefing.render.internal.tolerant.OwnLayout}): a line that is not the renderer's ends it
 * with a {@link BriefingFormatException}, and input that only looks like the layout (emphasis,
 * named entities, other spacing) may be read as something the renderer would write otherwise,
 * which the comparison sees. Either way the tolerant reader then reads the input.
 */
public final class OwnMarkdownReader {

  private final Vocabulary words;
  private final String titlePrefix;
  private final String sectionPrefix;

  /** @param words section names, impact orders, labels and status words of every known label set */
  public OwnMarkdownReader(Vocabulary words) {
    this.words = words;
    int level = RenderOptions.standard().headingLevel();
    this.titlePrefix = MarkdownMarks.heading(level);
    this.sectionPrefix = MarkdownMarks.heading(level + 1);
  }

  /**
   * @param source the input, read and repaired
   * @return the briefing with the source's repairs and warnings
   * @throws BriefingFormatException at the first line that is not as the renderer writes it
   */
  public ParseResult read(SourceText source) {
    BriefingDraft draft = new BriefingDraft();
    new Pass(source.joined(), draft).run();
    return ParseResult.builder()
        .briefing(draft.build())
        .repairs(source.repairs())
        .warnings(source.warnings())
        .build();
  }

  /** What a nested list item or a further paragraph belongs to. */
  private enum Holder { SIGNAL, IMPACT, VIEW, WATCH_ITEM }

  /** One reading of one document. */
  private final class Pass {
    private final String text;
    private final BriefingDraft draft;
    private final DetailValues details;
    private int lineNumber;
    /** The current line: {@code text[start, end)}. */
    private int start;
    private int end;
    private Section current;
    private Holder holder;
    private boolean inViews;
    /** The paragraphs of the current section, which The Signal and What Happened must have. */
    private int paragraphs;
    /** The list items so far, nested ones too, held to what the strict reader's guard allows. */
    private int items;

    Pass(String text, BriefingDraft draft) {
      this.text = text;
      this.draft = draft;
      this.details = new DetailValues(draft);
    }

    void run() {
      for (int next = 0; next <= text.length(); next = end + 1) {
        start = next;
        int newline = text.indexOf('\n', start);
        end = newline < 0 ? text.length() : newline;
        lineNumber++;
        if (start < end) {
          line();
        }
      }
      if (current == null || current == Section.SIGNAL) {
        throw refused("the input ends before the sections The Signal and What Happened");
      }
      leave();
    }

    private void leave() {
      if ((current == Section.SIGNAL || current == Section.WHAT_HAPPENED) && paragraphs == 0) {
        throw refused("the section before has no text");
      }
    }

    private void line() {
      if ((startsWith(MarkdownMarks.BULLET) || startsWith(MarkdownMarks.NESTED + MarkdownMarks.BULLET))
          && ++items > ListItemGuard.MAX_LIST_ITEMS) {
        throw refused("more than " + ListItemGuard.MAX_LIST_ITEMS + " list items");
      }
      if (startsWith(sectionPrefix)) {
        Section section = words.section(unescape(start + sectionPrefix.length(), end));
        if (section == null || !section.after(current) || current == null && section != Section.SIGNAL) {
          throw refused("not a section heading in the layout's order");
        }
        if (current == Section.SIGNAL && section != Section.WHAT_HAPPENED) {
          throw refused("the section What Happened is missing");
        }
        leave();
        current = section;
        holder = null;
        paragraphs = 0;
        return;
      }
      if (current == null) {
        if (lineNumber != 1 || !startsWith(titlePrefix)) {
          throw refused("expected the title or the section The Signal");
        }
        draft.title(unescape(start + titlePrefix.length(), end));
        return;
      }
      switch (current) {
        case SIGNAL:
        case WHAT_HAPPENED:
          if (current == Section.SIGNAL && startsWith(MarkdownMarks.BULLET)) {
            holder = Holder.SIGNAL;
            field(start);
          } else if (holder == null) {
            draft.paragraph(current, unescape(start, end));
            paragraphs++;
          } else {
            throw refused("a paragraph after The Signal's judgment");
          }
          break;
        case WHY_IT_MATTERS:
          impactOrView();
          break;
        case THE_NUMBERS:
          figure();
          break;
        case WHAT_TO_WATCH:
          watchItem();
          break;
        default:
          detail();
          break;
      }
    }

    private void impactOrView() {
      if (startsWith(MarkdownMarks.BULLET)) {
        if (inViews) {
          draft.startAlternativeView(unescape(start + MarkdownMarks.BULLET.length(), end));
          holder = Holder.VIEW;
          return;
        }
        int label = labelEnd(start);
        int order = words.impactOrder(unescape(start + MarkdownMarks.BULLET.length() + MarkdownMarks.STRONG.length(), label));
        int rest = label + MarkdownMarks.LABEL_END.length();
        if (order < 1 || order > Impact.MAX_ORDER || rest >= end) {
          throw refused("not an impact");
        }
        draft.startImpact(order, unescape(rest, end));
        holder = Holder.IMPACT;
      } else if (nestedOrFurther()) {
        return;
      } else if (!inViews && startsWith(MarkdownMarks.STRONG) && text.startsWith(MarkdownMarks.STRONG, end - MarkdownMarks.STRONG.length())
          && end - start > 2 * MarkdownMarks.STRONG.length()
          && words.alternativeViews(unescape(start + MarkdownMarks.STRONG.length(), end - MarkdownMarks.STRONG.length()))) {
        inViews = true;
        holder = null;
      } else {
        throw refused("not an impact, an alternative view or their heading");
      }
    }

    /** A nested item of the holder's model 1.1 parts, or a further paragraph of the holder; false for another line. */
    private boolean nestedOrFurther() {
      if (!startsWith(MarkdownMarks.NESTED) || holder == null || holder == Holder.SIGNAL) {
        return false;
      }
      int at = start + MarkdownMarks.NESTED.length();
      if (text.startsWith(MarkdownMarks.BULLET, at)) {
        field(at);
        return true;
      }
      String paragraph = unescape(at, end);
      boolean added = holder == Holder.IMPACT ? draft.continueImpact(paragraph)
          : holder == Holder.VIEW ? draft.continueAlternativeView(paragraph)
          : draft.continueWatchItem(paragraph);
      if (!added) {
        throw refused("a further paragraph without its item");
      }
      return true;
    }

    /** {@code - **Likelihood:** likely} at {@code at}, one of the holder's model 1.1 parts. */
    private void field(int at) {
      int label = labelEnd(at);
      JudgmentField field = words.field(unescape(at + MarkdownMarks.BULLET.length() + MarkdownMarks.STRONG.length(), label));
      if (field == null || field.ofSignpost() != (holder == Holder.WATCH_ITEM)) {
        throw refused("not a model 1.1 part of its item");
      }
      String value = unescape(label + MarkdownMarks.LABEL_END.length(), end);
      String problem;
      switch (holder) {
        case SIGNAL:
          problem = draft.signalJudgment().set(field, value);
          break;
        case IMPACT:
          problem = draft.judgeImpact(field, value);
          break;
        case VIEW:
          problem = draft.judgeAlternativeView(field, value);
          break;
        default:
          problem = draft.signpost(field, value, words);
          break;
      }
      if (problem != null) {
        throw refused(problem);
      }
    }

    /** {@code - **value**: label}, then {@code (*source*)}, {@code (as of *date*)} or {@code (*source*, as of *date*)}. */
    private void figure() {
      int value = termEnd();
      int label = value + MarkdownMarks.TERM_END.length();
      int first = emphasis(label);
      int labelEnd = end;
      String source = null;
      String asOf = null;
      if (first >= 0) {
        int second = emphasis(first + 1);
        int third = second < 0 ? -1 : emphasis(second + 1);
        int fourth = third < 0 ? -1 : emphasis(third + 1);
        int last = fourth >= 0 ? fourth : third >= 0 ? -1 : second;
        if (last != end - 2 || text.charAt(end - 1) != MarkdownMarks.NOTE_CLOSE) {
          throw refused("not a figure's note");
        }
        boolean sourceFirst = text.startsWith(MarkdownMarks.NOTE_OPEN, first - MarkdownMarks.NOTE_OPEN.length());
        if (fourth >= 0 && sourceFirst && text.startsWith(MarkdownMarks.NOTE_SEPARATOR, second + 1)) {
          source = unescape(first + 1, second);
          asOf = unescape(third + 1, fourth);
          labelEnd = first - MarkdownMarks.NOTE_OPEN.length();
        } else if (fourth < 0 && sourceFirst) {
          source = unescape(first + 1, second);
          labelEnd = first - MarkdownMarks.NOTE_OPEN.length();
        } else if (fourth < 0) {
          // The "as of" word, whatever the labels' language, stands between the note's opening and the date.
          asOf = unescape(first + 1, second);
          labelEnd = text.lastIndexOf(MarkdownMarks.NOTE_OPEN, first - 1);
        } else {
          throw refused("not a figure's note");
        }
        if (labelEnd < label) {
          throw refused("a figure without its label");
        }
      }
      String valueText = unescape(start + MarkdownMarks.BULLET.length() + MarkdownMarks.STRONG.length(), value);
      String labelText = unescape(label, labelEnd);
      if (valueText.isBlank() || labelText.isBlank()) {
        throw refused("a figure without its value or label");
      }
      Figure.Builder figure = Figure.builder().value(valueText).label(labelText);
      if (source != null) {
        figure.source(source);
      }
      if (asOf != null) {
        figure.asOf(asOf);
      }
      draft.figure(figure.build());
    }

    /** {@code - **Title**: description}, then its further paragraphs and its signposts. */
    private void watchItem() {
      if (nestedOrFurther()) {
        return;
      }
      int title = termEnd();
      int description = title + MarkdownMarks.TERM_END.length();
      if (description >= end) {
        throw refused("a watch item without its description");
      }
      String titleText = unescape(start + MarkdownMarks.BULLET.length() + MarkdownMarks.STRONG.length(), title);
      if (titleText.isBlank()) {
        throw refused("a watch item without its title");
      }
      draft.startWatchItem(titleText, unescape(description, end));
      holder = Holder.WATCH_ITEM;
    }

    /** {@code - **ID:** value}, or {@code - **Source:** [title](https://...)}. */
    private void detail() {
      int label = labelEnd(start);
      DetailField field = words.detail(unescape(start + MarkdownMarks.BULLET.length() + MarkdownMarks.STRONG.length(), label));
      int value = label + MarkdownMarks.LABEL_END.length();
      if (field == null) {
        throw refused("not a detail");
      }
      String problem;
      if (field == DetailField.SOURCE) {
        int middle = rawIndexOf(MarkdownMarks.LINK_MIDDLE, value + 1);
        if (value >= end || text.charAt(value) != MarkdownMarks.LINK_OPEN || middle < 0
            || text.charAt(end - 1) != MarkdownMarks.LINK_CLOSE) {
          throw refused("not a source's link");
        }
        problem = details.source(unescape(value + 1, middle), unescape(middle + MarkdownMarks.LINK_MIDDLE.length(), end - 1));
      } else {
        problem = details.put(field, unescape(value, end));
      }
      if (problem != null) {
        throw refused(problem);
      }
    }

    /** @return where {@code :** } ends the label of {@code - **Label:** value} at {@code at} */
    private int labelEnd(int at) {
      int open = at + MarkdownMarks.BULLET.length();
      if (!text.startsWith(MarkdownMarks.BULLET, at) || !text.startsWith(MarkdownMarks.STRONG, open)) {
        throw refused("not a labelled list item");
      }
      int close = emphasis(open + MarkdownMarks.STRONG.length());
      int label = close - 1;
      if (close < 0 || label < open + MarkdownMarks.STRONG.length() || !text.startsWith(MarkdownMarks.LABEL_END, label)) {
        throw refused("not a labelled list item");
      }
      return label;
    }

    /** @return where {@code **: } ends the value or title of {@code - **term**: text} on the current line */
    private int termEnd() {
      int open = start + MarkdownMarks.BULLET.length() + MarkdownMarks.STRONG.length();
      if (!startsWith(MarkdownMarks.BULLET) || !text.startsWith(MarkdownMarks.STRONG, start + MarkdownMarks.BULLET.length())) {
        throw refused("not a list item with a term in bold");
      }
      int close = emphasis(open);
      if (close <= open || !text.startsWith(MarkdownMarks.TERM_END, close)) {
        throw refused("not a list item with a term in bold");
      }
      return close;
    }

    /**
     * @return the first {@code *} of the current line at or after {@code from} that is markup, or -1;
     *     the renderer escapes every {@code *} of the text, so an unescaped one is markup
     */
    private int emphasis(int from) {
      for (int i = from; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == MarkdownMarks.EMPHASIS) {
          return i;
        }
      }
      return -1;
    }

    /** @return the first unescaped {@code mark} of the current line at or after {@code from}, or -1 */
    private int rawIndexOf(String mark, int from) {
      for (int i = from; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (text.startsWith(mark, i)) {
          return i + mark.length() <= end ? i : -1;
        }
      }
      return -1;
    }

    private boolean startsWith(String prefix) {
      return end - start >= prefix.length() && text.startsWith(prefix, start);
    }

    private String unescape(int from, int to) {
      return MarkdownText.unescape(text, from, to);
    }

    private BriefingFormatException refused(String what) {
      return new BriefingFormatException(Location.at(lineNumber, 1),
          "not the library's own Markdown layout at line " + lineNumber + ": " + what);
    }
  }
}
