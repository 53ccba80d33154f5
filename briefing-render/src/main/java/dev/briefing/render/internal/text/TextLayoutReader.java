package dev.briefing.render.internal.text;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseResult;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.Bullets;
import dev.briefing.render.internal.parse.DetailField;
import dev.briefing.render.internal.parse.DetailValues;
import dev.briefing.render.internal.parse.JudgmentField;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.parse.Problems;
import dev.briefing.render.internal.parse.Section;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.parse.Vocabulary;
import java.io.Reader;
import java.util.List;

/**
 * Reads the plain-text layout (the seed's): optional title line, then headed sections whose
 * lines are paragraphs, impacts, figures, watch items or details.
 *
 * <p>A heading counts only when it names a section written after the current one, so a
 * paragraph that happens to read "The Signal" inside What To Watch stays text. Each line is
 * looked at once, and only its first few characters are compared with labels: the time is
 * linear in the input.
 */
public final class TextLayoutReader {

  private static final int MAX_PREFIX = TextEscape.MAX_PREFIX;

  private final ParserSettings settings;

  /** @param settings strictness, repair, limit and words */
  public TextLayoutReader(ParserSettings settings) {
    this.settings = settings;
  }

  /**
   * @param in the input
   * @return the briefing with repairs and warnings
   */
  public ParseResult read(Reader in) {
    return read(SourceText.read(in, settings, true));
  }

  /**
   * @param source the input, read and repaired with the layout's escapes
   * @return the briefing with repairs and warnings
   */
  public ParseResult read(SourceText source) {
    Problems problems = new Problems(settings.lenient(), source);
    BriefingDraft draft = new BriefingDraft();
    new Pass(source.lines(), settings.vocabulary(), problems, draft).run();
    return ParseResult.builder()
        .briefing(draft.build())
        .repairs(source.repairs())
        .warnings(problems.warnings())
        .build();
  }

  /** One reading of one input. */
  private static final class Pass {
    private final List<String> lines;
    private final Vocabulary words;
    private final Problems problems;
    private final BriefingDraft draft;
    private final DetailValues details;
    private Section current;
    private int currentHeading;
    private boolean signalMissing;
    private int signalParagraphs;
    private int whatHappenedParagraphs;
    /** After the alternative views' heading in Why It Matters: its items are views, not impacts. */
    private boolean inViews;
    /** After a line of one backslash: the next line continues the last paragraph. */
    private boolean lineBreak;

    Pass(List<String> lines, Vocabulary words, Problems problems, BriefingDraft draft) {
      this.lines = lines;
      this.words = words;
      this.problems = problems;
      this.draft = draft;
      this.details = new DetailValues(draft);
    }

    void run() {
      int first = nextNonBlank(0);
      if (first < 0) {
        throw new BriefingFormatException(Location.at(1, 1), "the input is empty: expected a briefing starting with 'The Signal'");
      }
      int i = readTitleAndSignalHeading(first);
      for (; i < lines.size(); i++) {
        String raw = lines.get(i);
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        int column = raw.indexOf(line.charAt(0)) + 1;
        Section heading = words.section(line);
        if (heading != null && heading.after(current)) {
          enter(heading, i, column);
        } else {
          content(line, i, column);
        }
      }
      finish();
    }

    /** @return the index of the first line after The Signal's heading */
    private int readTitleAndSignalHeading(int first) {
      int second = nextNonBlank(first + 1);
      Section firstHeading = words.section(lines.get(first));
      Section secondHeading = second < 0 ? null : words.section(lines.get(second));
      int i = first;
      if (firstHeading == null || secondHeading == Section.SIGNAL) {
        draft.title(TextEscape.unescape(lines.get(first)));
        i = first + 1;
      }
      int signal = i;
      while (signal < lines.size() && words.section(lines.get(signal)) == null) {
        signal++;
      }
      current = Section.SIGNAL;
      if (signal < lines.size() && words.section(lines.get(signal)) == Section.SIGNAL) {
        for (int j = i; j < signal; j++) {
          if (!lines.get(j).isBlank()) {
            problems.report(at(j, 1), "unrecognised line before 'The Signal': only a title line may come first");
          }
        }
        currentHeading = signal;
        return signal + 1;
      }
      int where = signal < lines.size() ? signal : i;
      signalMissing = true;
      currentHeading = Math.min(where, lines.size() - 1);
      problems.report(at(currentHeading, 1),
          "missing section 'The Signal': a briefing starts with an optional title line, then 'The Signal'");
      return i;
    }

    private void enter(Section heading, int index, int column) {
      if (current == Section.SIGNAL && heading != Section.WHAT_HAPPENED) {
        problems.report(at(index, column, heading), "missing section 'What Happened' before '" + heading.title() + "'");
      }
      checkNotEmpty();
      current = heading;
      currentHeading = index;
    }

    private void finish() {
      int last = lines.size() - 1;
      if (current == Section.SIGNAL) {
        problems.report(at(last, lines.get(last).length() + 1), "missing section 'What Happened' at the end of the input");
      }
      checkNotEmpty();
    }

    private void checkNotEmpty() {
      if (current == Section.SIGNAL && signalParagraphs == 0 && !signalMissing) {
        problems.report(at(currentHeading, 1), "section 'The Signal' has no text");
      } else if (current == Section.WHAT_HAPPENED && whatHappenedParagraphs == 0) {
        problems.report(at(currentHeading, 1), "section 'What Happened' has no text");
      }
    }

    private void content(String line, int index, int column) {
      if (current != Section.THE_NUMBERS && current != Section.DETAILS) {
        if (line.equals(TextEscape.LINE_BREAK)) {
          lineBreak = true;
          return;
        }
        if (lineBreak) {
          lineBreak = false;
          if (!draft.continueParagraph(current, TextEscape.unescape(line))) {
            problems.report(at(index, column), "a line of one backslash continues a paragraph, but there is none before it");
          }
          return;
        }
      }
      if (editorialLine(line, index, column)) {
        return;
      }
      switch (current) {
        case SIGNAL:
          signalParagraphs++;
          draft.paragraph(current, TextEscape.unescape(line));
          break;
        case WHAT_HAPPENED:
          whatHappenedParagraphs++;
          draft.paragraph(current, TextEscape.unescape(line));
          break;
        case WHY_IT_MATTERS:
          impact(line, index, column);
          break;
        case THE_NUMBERS:
          figure(line, index, column);
          break;
        case WHAT_TO_WATCH:
          watchItem(line, index, column);
          break;
        default:
          detail(line, index, column);
          break;
      }
    }

    /**
     * Reads a labelled line of the model 1.1 parts where the layout writes one: a judgment's
     * likelihood, confidence or horizon in The Signal and Why It Matters, a signpost's in What
     * To Watch. A line escaped with a backslash is text.
     *
     * @return whether the line was one
     */
    private boolean editorialLine(String line, int index, int column) {
      boolean judged = current == Section.SIGNAL || current == Section.WHY_IT_MATTERS;
      if (!judged && current != Section.WHAT_TO_WATCH || line.charAt(0) == TextEscape.MARK) {
        return false;
      }
      int colon = indexOf(line, ':', MAX_PREFIX);
      JudgmentField field = colon > 0 ? words.field(line.substring(0, colon)) : null;
      if (field == null || field.ofSignpost() == judged) {
        return false;
      }
      String value = TextEscape.unescape(line.substring(colon + 1));
      String problem = judged ? judge(field, value) : draft.signpost(field, value, words);
      if (problem != null) {
        problems.report(at(index, column + colon + 1 + leadingSpaces(line, colon + 1)), problem);
      }
      return true;
    }

    private String judge(JudgmentField field, String value) {
      if (current == Section.SIGNAL) {
        return draft.signalJudgment().set(field, value);
      }
      return inViews ? draft.judgeAlternativeView(field, value) : draft.judgeImpact(field, value);
    }

    private void impact(String line, int index, int column) {
      if (line.charAt(0) != TextEscape.MARK && !inViews && words.alternativeViews(line)) {
        inViews = true;
        return;
      }
      if (inViews) {
        alternativeView(line, index, column);
        return;
      }
      int bullet = Math.max(0, Bullets.contentStart(line));
      String body = line.substring(bullet);
      // A line escaped with a backslash is text, never a new impact.
      int colon = line.charAt(0) == TextEscape.MARK ? -1 : indexOf(body, ':', MAX_PREFIX);
      int order = colon > 0 ? words.impactOrder(body.substring(0, colon)) : 0;
      if (order == 0) {
        if (!draft.continueImpact(TextEscape.unescape(line))) {
          problems.report(at(index, column), "expected an impact such as 'First-order: what follows', but found '" + abbreviate(line) + "'");
        }
        return;
      }
      String written = body.substring(colon + 1);
      String text = TextEscape.unescape(written);
      if (order > Impact.MAX_ORDER) {
        problems.report(at(index, column + bullet), "impact order " + order + " is beyond the largest, " + Impact.MAX_ORDER);
      } else if (written.isBlank()) {
        problems.report(at(index, column + bullet + colon + 1), "the impact has no text after '" + body.substring(0, colon + 1) + "'");
      } else {
        draft.startImpact(order, text);
      }
    }

    private void alternativeView(String line, int index, int column) {
      int bullet = Bullets.contentStart(line);
      if (bullet >= 0) {
        draft.startAlternativeView(TextEscape.unescape(line.substring(bullet)));
      } else if (!draft.continueAlternativeView(TextEscape.unescape(line))) {
        problems.report(at(index, column), "expected an alternative view such as '- what else may be true', but found '" + abbreviate(line) + "'");
      }
    }

    private void figure(String line, int index, int column) {
      int bullet = Bullets.contentStart(line);
      Figure figure = bullet < 0 ? null : FigureLine.read(line.substring(bullet));
      if (figure == null) {
        problems.report(at(index, column), "expected a figure such as '- $72.3B: Capital raised (source).', but found '" + abbreviate(line) + "'");
      } else {
        draft.figure(figure);
      }
    }

    private void watchItem(String line, int index, int column) {
      int bullet = Bullets.contentStart(line);
      if (bullet < 0) {
        if (!draft.continueWatchItem(TextEscape.unescape(line))) {
          problems.report(at(index, column), "expected a watch item such as '- Title: what to look for', but found '" + abbreviate(line) + "'");
        }
        return;
      }
      WatchLine.Parts parts = WatchLine.read(line.substring(bullet));
      if (parts == null) {
        problems.report(at(index, column), "expected a watch item such as '- Title: what to look for', but found '" + abbreviate(line) + "'");
      } else {
        draft.startWatchItem(parts.title(), parts.description());
      }
    }

    private void detail(String line, int index, int column) {
      int bullet = Math.max(0, Bullets.contentStart(line));
      String body = line.substring(bullet);
      int colon = indexOf(body, ':', MAX_PREFIX);
      DetailField field = colon > 0 ? words.detail(body.substring(0, colon)) : null;
      if (field == null) {
        problems.report(at(index, column), "expected a detail such as 'ID: ...', 'Published: ...', 'Language: ...', 'Author: ...', "
            + "'Tag: ...' or 'Source: title <https://...>', but found '" + abbreviate(line) + "'");
        return;
      }
      String value = body.substring(colon + 1).strip();
      int valueColumn = column + bullet + colon + 1 + leadingSpaces(body, colon + 1);
      String problem;
      if (field == DetailField.SOURCE) {
        int open = value.endsWith(">") ? value.lastIndexOf(" <") : -1;
        problem = open <= 0
            ? "expected 'title <https://...>' after the source label"
            : details.source(TextEscape.unescape(value.substring(0, open)), value.substring(open + 2, value.length() - 1));
      } else {
        problem = details.put(field, TextEscape.unescape(value));
      }
      if (problem != null) {
        problems.report(at(index, valueColumn), problem);
      }
    }

    private Location at(int index, int column) {
      return at(index, column, current);
    }

    private Location at(int index, int column, Section section) {
      return problems.at(index, column, section);
    }

    private int nextNonBlank(int from) {
      for (int i = from; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          return i;
        }
      }
      return -1;
    }

    private static int indexOf(String s, char c, int limit) {
      int end = Math.min(s.length(), limit + 1);
      for (int i = 0; i < end; i++) {
        if (s.charAt(i) == c) {
          return i;
        }
      }
      return -1;
    }

    private static int leadingSpaces(String s, int from) {
      int i = from;
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i - from;
    }

    private static String abbreviate(String line) {
      return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
  }
}
