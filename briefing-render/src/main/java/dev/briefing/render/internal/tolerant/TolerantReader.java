package dev.briefing.render.internal.tolerant;

import dev.briefing.kit.Section;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.DetailField;
import dev.briefing.render.internal.parse.DetailValues;
import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.internal.tolerant.Block.Kind;
import java.util.List;

/**
 * Turns blocks into a briefing, the same way for text, Markdown and HTML input: a heading (or a
 * label leading a paragraph) that a label set names starts its section; before the first
 * section a heading is the title and anything else a preamble; in a section, paragraphs, list
 * items and tables become its text, impacts, figures or watch items; rules, sign-offs and what
 * fits nowhere are dropped. Every inference is a note and every drop a warning in the
 * {@link Report}.
 */
public final class TolerantReader {

  private final Headings headings;
  private final Vocabulary words;

  /**
   * @param headings the section labels
   * @param words order words, detail labels and "as of" words
   */
  public TolerantReader(Headings headings, Vocabulary words) {
    this.headings = headings;
    this.words = words;
  }

  /**
   * @param blocks the document's blocks
   * @param report where notes and warnings go
   * @return the briefing being read
   */
  public BriefingDraft read(List<Block> blocks, Report report) {
    Pass pass = new Pass(report);
    boolean[] listed = listSections(blocks);
    int title = titleLine(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      pass.sectionHasList = listed[i];
      if (i == title) {
        pass.readTitle(blocks.get(i).first());
      } else {
        pass.block(blocks.get(i));
      }
    }
    pass.finish();
    return pass.draft;
  }

  /** One reading of one document. */
  private final class Pass {
    final Report report;
    final BriefingDraft draft = new BriefingDraft();
    final DetailValues details = new DetailValues(draft);
    Section current;
    boolean titleSeen;
    boolean ended;
    boolean unknownHeading;
    /** Whether the current section has had a list item, so that later paragraphs continue items. */
    boolean sectionHasItems;
    /** Whether the current section holds a list or a table. */
    boolean sectionHasList;
    /** Whether the last item of the current section can take further paragraphs. */
    boolean itemOpen;
    /** A watch item's title from a sub-heading, waiting for its description. */
    String pendingTitle;
    Line pendingTitleLine;
    int position;
    boolean signal;
    boolean whatHappened;

    Pass(Report report) {
      this.report = report;
    }

    void block(Block block) {
      switch (block.kind()) {
        case RULE:
          report.warn(block.first(), "horizontal rule dropped: a rule is layout, not briefing text");
          return;
        case OTHER:
          dropAll(block, block.reason() + " dropped: not part of a briefing");
          return;
        case HEADING:
          heading(block);
          return;
        case TABLE:
          table(block);
          return;
        default:
          text(block);
      }
    }

    void readTitle(Line line) {
      String plain = Inline.plain(line.text());
      titleSeen = true;
      draft.title(plain);
      report.note(line, "'" + plain + "' read as the title: a line of its own right before the first section");
    }

    private void heading(Block block) {
      Line line = block.first();
      Headings.Match match = headings.match(line.text());
      if (match != null) {
        enter(match, line, "heading");
        return;
      }
      String plain = Inline.plain(line.text());
      if (current == null && !titleSeen && !ended) {
        titleSeen = true;
        draft.title(plain);
        report.note(line, "'" + plain + "' read as the title: a heading before the first section that names no section");
        return;
      }
      if (current == Section.WHAT_TO_WATCH && !unknownHeading && !ended) {
        flushPendingTitle();
        pendingTitle = trimTitle(plain);
        pendingTitleLine = line;
        return;
      }
      if (current == Section.WHY_IT_MATTERS && !unknownHeading && !ended) {
        OrderWord order = OrderWord.read(line.text() + ":", words);
        if (order != null) {
          startImpact(order.order(), "", line, "sub-heading");
          return;
        }
      }
      report.warn(line, "heading '" + plain + "' dropped with what follows it up to the next section: no label set names it");
      unknownHeading = true;
    }

    private void enter(Headings.Match match, Line line, String how) {
      flushPendingTitle();
      current = match.section();
      unknownHeading = false;
      ended = false;
      sectionHasItems = false;
      itemOpen = false;
      position = 0;
      if (current == Section.SIGNAL) {
        signal = true;
      } else if (current == Section.WHAT_HAPPENED) {
        whatHappened = true;
      }
      report.note(line, how + " read as " + title(current) + " through label set '" + match.labelSet() + "'");
    }

    private void text(Block block) {
      Line first = block.first();
      if (!block.continuation()) {
        Headings.Lead lead = headings.lead(first.text());
        if (lead != null) {
          enter(lead.match(), first, "label leading a paragraph");
          String rest = first.text().substring(lead.rest());
          if (Inline.plain(rest).isEmpty() && block.lines().size() == 1) {
            return;
          }
          List<Line> lines = new java.util.ArrayList<>(block.lines());
          lines.set(0, new Line(rest, first.line(), first.column() + lead.rest()));
          block = Block.of(block.kind(), block.level(), false, lines);
        }
      }
      String plain = Inline.plain(block.joined());
      if (current == null || unknownHeading || ended) {
        String why = ended ? "after the sign-off" : unknownHeading ? "under a heading no label set names"
            : SignOff.test(plain) ? "a sign-off before the briefing" : "text before the first section (a preamble)";
        dropAll(block, why + " dropped: '" + abbreviate(plain) + "'");
        return;
      }
      if (SignOff.test(plain)) {
        ended = true;
        dropAll(block, "sign-off dropped: '" + abbreviate(plain) + "'");
        return;
      }
      if (editorial(block)) {
        return;
      }
      boolean listSection = current == Section.WHY_IT_MATTERS || current == Section.THE_NUMBERS
          || current == Section.WHAT_TO_WATCH;
      if (listSection && sectionHasList && block.kind() == Kind.PARAGRAPH && !block.continuation() && pendingTitle == null) {
        dropAll(block, "text outside the section's list dropped: '" + abbreviate(plain) + "'");
        return;
      }
      if (block.lines().size() > 1 && (current == Section.SIGNAL || current == Section.WHAT_HAPPENED)) {
        report.note(first, block.lines().size() + " lines joined into one paragraph");
      }
      switch (current) {
        case SIGNAL:
        case WHAT_HAPPENED:
          draft.paragraph(current == Section.SIGNAL ? dev.briefing.render.internal.parse.Section.SIGNAL
              : dev.briefing.render.internal.parse.Section.WHAT_HAPPENED, plain);
          return;
        case WHY_IT_MATTERS:
          impacts(block);
          return;
        case THE_NUMBERS:
          figures(block);
          return;
        case WHAT_TO_WATCH:
          watchItems(block);
          return;
        case DETAILS:
          details(block);
          return;
        default:
          dropAll(block, "text dropped");
      }
    }

    /**
     * Reads a block whose every line is a model 1.1 line ({@link EditorialLine}) where such lines
     * belong: The Signal's and the last impact's judgment, the last watch item's signposts.
     *
     * @return whether the block was read so
     */
    private boolean editorial(Block block) {
      boolean judged = current == Section.SIGNAL || current == Section.WHY_IT_MATTERS;
      if (!judged && current != Section.WHAT_TO_WATCH) {
        return false;
      }
      // Hand-written text puts the lines right under what they qualify, in the same block:
      // the text before each run of model 1.1 lines is read first, as a block of its own.
      List<Line> lines = block.lines();
      EditorialLine[] read = new EditorialLine[lines.size()];
      boolean any = false;
      for (int i = 0; i < lines.size(); i++) {
        EditorialLine editorial = EditorialLine.read(lines.get(i).text(), words);
        if (editorial != null && editorial.field().ofSignpost() != judged) {
          read[i] = editorial;
          any = true;
        }
      }
      if (!any) {
        return false;
      }
      int from = 0;
      for (int i = 0; i <= lines.size(); i++) {
        if (i < lines.size() && read[i] == null) {
          continue;
        }
        if (i > from) {
          text(Block.of(block.kind(), block.level(), block.continuation(), lines.subList(from, i)));
        }
        from = i + 1;
        if (i == lines.size()) {
          break;
        }
        EditorialLine editorial = read[i];
        Line line = lines.get(i);
        String problem = current == Section.SIGNAL ? draft.signalJudgment().set(editorial.field(), editorial.value())
            : judged ? draft.judgeImpact(editorial.field(), editorial.value())
            : draft.signpost(editorial.field(), editorial.value(), words);
        String name = editorial.field().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (problem != null) {
          report.warn(line, name + " dropped: " + problem);
        } else {
          report.note(line, name + " read from its " + (editorial.separator().equals("parentheses")
              ? "term in parentheses" : "label and separator " + editorial.separator()));
        }
      }
      return true;
    }

    private void impacts(Block block) {
      boolean item = block.kind() == Kind.ITEM && !block.continuation();
      if (block.continuation() || (block.kind() == Kind.PARAGRAPH && sectionHasItems)) {
        OrderWord order = OrderWord.read(block.first().text(), words);
        if (order == null && itemOpen) {
          draft.continueImpact(Inline.plain(block.joined()));
          report.note(block.first(), "paragraph read as a further paragraph of the impact before it");
          return;
        }
      }
      if (item) {
        sectionHasItems = true;
      }
      // Without a list, a paragraph whose lines each start with an order word is one impact a line.
      List<List<Line>> groups = block.kind() == Kind.PARAGRAPH ? groupByLead(block.lines(), true) : List.of(block.lines());
      for (List<Line> group : groups) {
        String text = join(group);
        OrderWord order = OrderWord.read(text, words);
        if (order != null) {
          startImpact(order.order(), Inline.plain(text.substring(order.rest())), group.get(0),
              "order word and separator " + order.separator());
        } else {
          position++;
          report.warn(group.get(0), "impact without an order word read as order " + position + " from its position");
          draft.startImpact(position, Inline.plain(text));
          itemOpen = true;
        }
      }
    }

    private void startImpact(int order, String text, Line line, String how) {
      position = Math.max(position, order);
      draft.startImpact(order, text);
      itemOpen = true;
      report.note(line, "impact of order " + order + " read from its " + how);
    }

    private void figures(Block block) {
      List<List<Line>> groups = block.kind() == Kind.PARAGRAPH ? groupByLead(block.lines(), false) : List.of(block.lines());
      for (List<Line> group : groups) {
        String text = join(group);
        FigureItem figure = FigureItem.read(text, words.asOfWords());
        if (figure == null) {
          dropAll(group, "not a figure, dropped: expected a value, a separator and a label, but found '"
              + abbreviate(Inline.plain(text)) + "'");
        } else {
          draft.figure(figure.figure());
          report.note(group.get(0), "figure '" + figure.figure().value() + "' split from its label at " + figure.separator());
        }
      }
    }

    private void table(Block block) {
      if (current != Section.THE_NUMBERS && !(current == null && !ended)) {
        report.warn(block.first(), "table dropped: only The Numbers is read from a table");
        return;
      }
      FigureColumns table = FigureColumns.of(block.rows().get(0));
      if (table == null) {
        report.warn(block.first(), "table dropped: its header names no value and label columns");
        return;
      }
      if (current == null) {
        current = Section.THE_NUMBERS;
      }
      report.note(block.first(), "table read as figures by its header: " + table.describe());
      List<List<String>> rows = block.rows();
      for (int r = 1; r < rows.size(); r++) {
        dev.briefing.core.Figure figure = table.figure(rows.get(r));
        if (figure == null) {
          report.warn(new Line("", block.first().line() + r + 1, 1), "table row without a value or label dropped");
        } else {
          draft.figure(figure);
        }
      }
    }

    private void watchItems(Block block) {
      if (pendingTitle != null) {
        draft.startWatchItem(pendingTitle, Inline.plain(block.joined()));
        report.note(pendingTitleLine, "sub-heading '" + pendingTitle + "' read as a watch item's title");
        pendingTitle = null;
        itemOpen = true;
        return;
      }
      if (block.continuation() && itemOpen) {
        draft.continueWatchItem(Inline.plain(block.joined()));
        report.note(block.first(), "paragraph read as a further paragraph of the watch item before it");
        return;
      }
      List<List<Line>> groups = block.kind() == Kind.PARAGRAPH ? groupByStrong(block.lines()) : List.of(block.lines());
      for (List<Line> group : groups) {
        String text = join(group);
        WatchText item = WatchText.read(text);
        if (item == null) {
          if (itemOpen) {
            draft.continueWatchItem(Inline.plain(text));
            report.note(group.get(0), "paragraph without a title read as a further paragraph of the watch item before it");
          } else {
            dropAll(group, "not a watch item, dropped: expected a title and a description, but found '"
                + abbreviate(Inline.plain(text)) + "'");
          }
          continue;
        }
        draft.startWatchItem(item.title(), Inline.plain(item.description()));
        itemOpen = true;
        report.note(group.get(0), "watch item '" + item.title() + "' split from its description at " + item.separator());
      }
    }

    private void details(Block block) {
      for (Line line : block.lines()) {
        String text = line.text();
        String plain = Inline.plain(text);
        int colon = plain.indexOf(": ");
        DetailField field = colon > 0 ? words.detail(plain.substring(0, colon)) : null;
        if (field == null) {
          report.warn(line, "not a detail, dropped: '" + abbreviate(plain) + "'");
          continue;
        }
        String value = plain.substring(colon + 2).strip();
        String problem;
        if (field == DetailField.SOURCE) {
          problem = source(text, value);
        } else {
          problem = details.put(field, value);
        }
        if (problem != null) {
          report.warn(line, "detail dropped: " + problem);
        }
      }
    }

    /** A source as a link (title, address) or as the text layout writes it: {@code title <url>}. */
    private String source(String marked, String plain) {
      int href = marked.indexOf(Inline.HREF);
      if (href >= 0) {
        int end = marked.indexOf(Inline.HREF_END, href);
        String url = marked.substring(href + 1, end < 0 ? marked.length() : end);
        return details.source(plain, url);
      }
      int open = plain.lastIndexOf(" <");
      if (open > 0 && plain.endsWith(">")) {
        return details.source(plain.substring(0, open).strip(), plain.substring(open + 2, plain.length() - 1));
      }
      return "'" + plain + "' has no address; write it as 'title <https://...>' or as a link";
    }

    private void flushPendingTitle() {
      if (pendingTitle != null) {
        report.warn(pendingTitleLine, "heading '" + pendingTitle + "' dropped: no description follows it, so it is no watch item");
        pendingTitle = null;
      }
    }

    void finish() {
      flushPendingTitle();
      if (!signal) {
        report.warnAtEnd("no section named The Signal (or a label for it): the signal is empty");
      }
      if (!whatHappened) {
        report.warnAtEnd("no section named What Happened (or a label for it): what happened is empty");
      }
    }

    private void dropAll(Block block, String why) {
      dropAll(block.lines(), why);
    }

    private void dropAll(List<Line> lines, String why) {
      for (Line line : lines) {
        report.warn(line, why);
      }
    }
  }

  /**
   * For each block, whether the section it is in holds a list or a table: there, only list
   * items and their own paragraphs are the section's items, and other paragraphs are dropped.
   */
  private boolean[] listSections(List<Block> blocks) {
    boolean[] listed = new boolean[blocks.size()];
    int start = 0;
    boolean hasList = false;
    for (int i = 0; i <= blocks.size(); i++) {
      Block b = i < blocks.size() ? blocks.get(i) : null;
      boolean starts = b == null || startsSection(b);
      if (starts) {
        for (int j = start; j < i; j++) {
          listed[j] = hasList;
        }
        start = i;
        hasList = false;
      }
      if (b != null && (b.kind() == Kind.ITEM || b.kind() == Kind.TABLE)) {
        hasList = true;
      }
    }
    return listed;
  }

  private boolean startsSection(Block b) {
    return b.kind() == Kind.HEADING ? headings.match(b.first().text()) != null
        : b.kind() == Kind.PARAGRAPH && !b.continuation() && headings.lead(b.first().text()) != null;
  }

  /**
   * The block that is the title though it is no heading: a single line first, right before the
   * first section, that does not end as a sentence or a preamble does ({@code .}, {@code :},
   * {@code !}, {@code ?}), as the text layout writes a title.
   *
   * @return its index, or -1
   */
  private int titleLine(List<Block> blocks) {
    int first = 0;
    while (first < blocks.size() && (blocks.get(first).kind() == Kind.OTHER || blocks.get(first).kind() == Kind.RULE)) {
      first++;
    }
    if (first + 1 >= blocks.size()) {
      return -1;
    }
    Block b = blocks.get(first);
    if (b.kind() != Kind.PARAGRAPH || b.lines().size() != 1 || !startsSection(blocks.get(first + 1))) {
      return -1;
    }
    String plain = Inline.plain(b.first().text());
    char last = plain.isEmpty() ? '.' : plain.charAt(plain.length() - 1);
    return last == '.' || last == ':' || last == '!' || last == '?' || plain.length() > 200 ? -1 : first;
  }

  /**
   * Splits a paragraph of a list section into items where a line starts a new one: for impacts
   * a line that starts with an order word, for figures a line whose lead is a value.
   */
  private List<List<Line>> groupByLead(List<Line> lines, boolean impacts) {
    List<List<Line>> groups = new java.util.ArrayList<>();
    for (Line line : lines) {
      boolean starts = impacts ? OrderWord.read(line.text(), words) != null : FigureItem.read(line.text(), words.asOfWords()) != null;
      if (groups.isEmpty() || starts) {
        groups.add(new java.util.ArrayList<>());
      }
      groups.get(groups.size() - 1).add(line);
    }
    return groups;
  }

  /** Splits a paragraph of watch items where a line starts with a bold title. */
  private static List<List<Line>> groupByStrong(List<Line> lines) {
    List<List<Line>> groups = new java.util.ArrayList<>();
    for (Line line : lines) {
      int start = Inline.skipMarksAndSpace(line.text(), 0);
      boolean starts = start > 0 && line.text().charAt(start - 1) == Inline.STRONG;
      if (groups.isEmpty() || starts) {
        groups.add(new java.util.ArrayList<>());
      }
      groups.get(groups.size() - 1).add(line);
    }
    return groups;
  }

  private static String join(List<Line> lines) {
    return Line.join(lines);
  }

  private static String trimTitle(String title) {
    String t = title.strip();
    while (!t.isEmpty() && (t.endsWith(":") || t.endsWith("."))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static String title(Section section) {
    switch (section) {
      case SIGNAL:
        return "The Signal";
      case WHAT_HAPPENED:
        return "What Happened";
      case WHY_IT_MATTERS:
        return "Why It Matters";
      case THE_NUMBERS:
        return "The Numbers";
      case WHAT_TO_WATCH:
        return "What To Watch";
      default:
        return "Details";
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
