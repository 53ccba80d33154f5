package dev.briefing.render.internal.markdown;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseResult;
import dev.briefing.render.internal.markdown.Segment.Kind;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.DetailField;
import dev.briefing.render.internal.parse.DetailValues;
import dev.briefing.render.internal.parse.FigureText;
import dev.briefing.render.internal.parse.JudgmentField;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.parse.Problems;
import dev.briefing.render.internal.parse.Section;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.parse.Vocabulary;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the Markdown layout through commonmark-java's syntax tree: headings name sections,
 * paragraphs hold text, list items hold impacts ({@code **First-order:** text}), figures
 * ({@code **value**: label (*source*, as of *date*)}), watch items ({@code **Title**: text})
 * and details ({@code **Source:** [title](url)}), and lists of the model 1.1 parts
 * ({@code **Likelihood:** likely}) after The Signal's paragraphs and nested in impacts,
 * alternative views (after a {@code **Room for disagreement**} paragraph) and watch items.
 * Escapes and entities are undone by
 * commonmark-java, so text comes back exactly as the renderer was given it.
 *
 * <p>Hand-written Markdown of the same shape is read too: any heading level, impacts as
 * plain paragraphs, figures and watch items without bold.
 */
public final class MarkdownLayoutReader {

  /** Thread-safe and reusable, as commonmark-java documents. */
  private static final Parser COMMONMARK = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final int MAX_PREFIX = 40;

  private final ParserSettings settings;

  /** @param settings strictness, repair, limit and words */
  public MarkdownLayoutReader(ParserSettings settings) {
    this.settings = settings;
  }

  /**
   * @param in the input
   * @return the briefing with repairs and warnings
   */
  public ParseResult read(Reader in) {
    return read(SourceText.read(in, settings));
  }

  /**
   * @param source the input, read and repaired
   * @return the briefing with repairs and warnings
   */
  public ParseResult read(SourceText source) {
    InlineRunGuard.check(source.lines());
    ListItemGuard.check(source.joined());
    Node document;
    try {
      document = COMMONMARK.parse(source.joined());
    } catch (RuntimeException | StackOverflowError e) {
      throw new BriefingFormatException(Location.unknown(), "the Markdown could not be read: " + e, e);
    }
    Problems problems = new Problems(settings.lenient(), source);
    BriefingDraft draft = new BriefingDraft();
    new Pass(settings.vocabulary(), problems, draft).run(document);
    return ParseResult.builder()
        .briefing(draft.build())
        .repairs(source.repairs())
        .warnings(problems.warnings())
        .build();
  }

  /** One reading of one document. */
  private static final class Pass {
    private final Vocabulary words;
    private final Problems problems;
    private final BriefingDraft draft;
    private final DetailValues details;
    private Section current;
    private Node currentHeading;
    private boolean signalMissing;
    private int paragraphs;
    private Node last;
    /** After the alternative views' paragraph in Why It Matters: its items are views, not impacts. */
    private boolean inViews;

    /** What a list item holds, for what its nested list of model 1.1 parts belongs to. */
    private enum Holder { IMPACT, VIEW, WATCH_ITEM }

    Pass(Vocabulary words, Problems problems, BriefingDraft draft) {
      this.words = words;
      this.problems = problems;
      this.draft = draft;
      this.details = new DetailValues(draft);
    }

    void run(Node document) {
      Node block = skipDefinitions(document.getFirstChild());
      if (block == null) {
        throw new BriefingFormatException(Location.at(1, 1), "the input is empty: expected a briefing with a '## The Signal' section");
      }
      if (block instanceof Heading && isTitle((Heading) block)) {
        draft.title(InlineText.of(block));
        block = block.getNext();
      }
      for (; block != null; block = block.getNext()) {
        last = block;
        if (block instanceof LinkReferenceDefinition) {
          continue;
        }
        Section heading = block instanceof Heading ? words.section(InlineText.of(block)) : null;
        if (heading != null && heading.after(current)) {
          enter(heading, block);
        } else if (block instanceof Heading) {
          problems.report(at(block), "unrecognised heading '" + abbreviate(InlineText.of(block))
              + "': expected a section heading such as '## " + nextTitle() + "'");
        } else if (current == null) {
          problems.report(at(block), "unrecognised " + describe(block) + " before '## The Signal': only a title heading may come first");
        } else {
          content(block);
        }
      }
      finish();
    }

    private boolean isTitle(Heading first) {
      Section named = words.section(InlineText.of(first));
      if (named == null) {
        return true;
      }
      Node next = first.getNext();
      while (next != null && !(next instanceof Heading)) {
        next = next.getNext();
      }
      if (next == null || words.section(InlineText.of(next)) != Section.SIGNAL) {
        return false;
      }
      return named == Section.SIGNAL || first.getLevel() < ((Heading) next).getLevel();
    }

    private void enter(Section heading, Node block) {
      if (current == null && heading != Section.SIGNAL) {
        signalMissing = true;
        problems.report(at(block, heading), "missing section 'The Signal' before '" + heading.title() + "'");
      }
      if ((current == null || current == Section.SIGNAL) && heading.after(Section.WHAT_HAPPENED)) {
        problems.report(at(block, heading), "missing section 'What Happened' before '" + heading.title() + "'");
      }
      checkNotEmpty();
      current = heading;
      currentHeading = block;
      paragraphs = 0;
    }

    private void finish() {
      if (current == null) {
        problems.report(at(last), "missing section 'The Signal': expected a '## The Signal' heading");
      } else if (current == Section.SIGNAL) {
        problems.report(at(last), "missing section 'What Happened' at the end of the input");
      }
      checkNotEmpty();
    }

    private void checkNotEmpty() {
      if ((current == Section.SIGNAL && !signalMissing || current == Section.WHAT_HAPPENED) && paragraphs == 0) {
        problems.report(at(currentHeading), "section '" + current.title() + "' has no text");
      }
    }

    private void content(Node block) {
      switch (current) {
        case SIGNAL:
        case WHAT_HAPPENED:
          if (current == Section.SIGNAL && block instanceof ListBlock && opensWithAField((ListBlock) block)) {
            editorialList((ListBlock) block, null);
          } else if (block instanceof Paragraph) {
            paragraphs++;
            draft.paragraph(current, InlineText.of(block));
          } else {
            problems.report(at(block), "expected paragraphs, but found " + describe(block));
          }
          break;
        case WHY_IT_MATTERS:
          if (block instanceof Paragraph && !inViews && isAlternativeViewsParagraph((Paragraph) block)) {
            inViews = true;
          } else if (inViews) {
            forEachItem(block, this::alternativeView);
          } else if (block instanceof Paragraph) {
            impactParagraph((Paragraph) block, false);
          } else {
            forEachItem(block, this::impact);
          }
          break;
        case THE_NUMBERS:
          forEachItem(block, this::figure);
          break;
        case WHAT_TO_WATCH:
          forEachItem(block, this::watchItem);
          break;
        default:
          forEachItem(block, this::detail);
          break;
      }
    }

    private void forEachItem(Node block, java.util.function.Consumer<ListItem> reader) {
      if (!(block instanceof ListBlock)) {
        problems.report(at(block), "expected a list, but found " + describe(block));
        return;
      }
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          if (item.getFirstChild() instanceof Paragraph) {
            reader.accept((ListItem) item);
          } else {
            problems.report(at(item), "expected text in the list item, but found "
                + (item.getFirstChild() == null ? "nothing" : describe(item.getFirstChild())));
          }
        }
      }
    }

    /**
     * Paragraphs after an item's first, for impacts, views and watch items, and the list of its
     * model 1.1 parts; anything else is a problem.
     */
    private void moreParagraphs(ListItem item, Holder holder) {
      for (Node n = item.getFirstChild().getNext(); n != null; n = n.getNext()) {
        if (n instanceof Paragraph) {
          String text = InlineText.of(n);
          if (holder == Holder.WATCH_ITEM) {
            draft.continueWatchItem(text);
          } else if (holder == Holder.VIEW) {
            draft.continueAlternativeView(text);
          } else {
            draft.continueImpact(text);
          }
        } else if (n instanceof ListBlock) {
          editorialList((ListBlock) n, holder);
        } else {
          problems.report(at(n), "expected paragraphs in the list item, but found " + describe(n));
        }
      }
    }

    private void noMoreBlocks(ListItem item, String what) {
      Node extra = item.getFirstChild().getNext();
      if (extra != null) {
        problems.report(at(extra), what + " is one paragraph, but the list item goes on with " + describe(extra));
      }
    }

    private void impact(ListItem item) {
      if (impactParagraph((Paragraph) item.getFirstChild(), true)) {
        moreParagraphs(item, Holder.IMPACT);
      }
    }

    private void alternativeView(ListItem item) {
      draft.startAlternativeView(InlineText.of(item.getFirstChild()));
      moreParagraphs(item, Holder.VIEW);
    }

    /** {@code **Room for disagreement**}: a paragraph of the heading's words in bold and nothing else. */
    private boolean isAlternativeViewsParagraph(Paragraph paragraph) {
      List<Segment> segments = Segment.of(paragraph);
      return segments.size() == 1 && segments.get(0).kind() == Kind.STRONG && words.alternativeViews(segments.get(0).text());
    }

    /** Whether a list's first item is a labelled model 1.1 part, so the list is read as theirs. */
    private boolean opensWithAField(ListBlock list) {
      Node first = list.getFirstChild() == null ? null : list.getFirstChild().getFirstChild();
      List<Segment> segments = first instanceof Paragraph ? Segment.of(first) : List.of();
      return !segments.isEmpty() && segments.get(0).kind() == Kind.STRONG && afterLabel(segments) != null
          && words.field(labelOf(segments)) != null;
    }

    /**
     * Reads a list of model 1.1 parts, {@code - **Likelihood:** likely}: The Signal's judgment
     * (no holder), an impact's or a view's, or a watch item's signposts.
     */
    private void editorialList(ListBlock list, Holder holder) {
      boolean judged = holder != Holder.WATCH_ITEM;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        Node first = item.getFirstChild();
        List<Segment> segments = first instanceof Paragraph ? Segment.of(first) : List.of();
        List<Segment> rest = !segments.isEmpty() && segments.get(0).kind() == Kind.STRONG ? afterLabel(segments) : null;
        JudgmentField field = rest == null ? null : words.field(labelOf(segments));
        if (field == null || field.ofSignpost() == judged) {
          problems.report(at(first == null ? item : first), (judged
              ? "expected a likelihood, confidence or horizon such as '- **Likelihood:** likely'"
              : "expected a signpost's part such as '- **Indicator:** what to observe'")
              + ", but found " + (first instanceof Paragraph ? "'" + abbreviate(InlineText.of(first)) + "'" : "a list item without text"));
          continue;
        }
        String value = afterSeparator(Segment.join(rest));
        String problem;
        if (holder == null) {
          problem = draft.signalJudgment().set(field, value);
        } else if (holder == Holder.IMPACT) {
          problem = draft.judgeImpact(field, value);
        } else if (holder == Holder.VIEW) {
          problem = draft.judgeAlternativeView(field, value);
        } else {
          problem = draft.signpost(field, value, words);
        }
        if (problem != null) {
          problems.report(at(first), problem);
        }
        noMoreBlocks((ListItem) item, "a model 1.1 part");
      }
    }

    /** @return whether an impact was started */
    private boolean impactParagraph(Paragraph paragraph, boolean mustStart) {
      String text = InlineText.of(paragraph);
      int colon = text.indexOf(':');
      int order = colon > 0 && colon <= MAX_PREFIX ? words.impactOrder(text.substring(0, colon)) : 0;
      if (order == 0) {
        if (mustStart || !draft.continueImpact(text)) {
          problems.report(at(paragraph), "expected an impact such as '- **First-order:** what follows', but found '" + abbreviate(text) + "'");
        }
        return false;
      }
      String rest = afterSeparator(text.substring(colon + 1));
      if (order > Impact.MAX_ORDER) {
        problems.report(at(paragraph), "impact order " + order + " is beyond the largest, " + Impact.MAX_ORDER);
        return false;
      }
      // Only empty: a first paragraph of spaces is written as character references, and
      // CommonMark has already stripped the spaces a writer leaves at a line's end.
      if (rest.isEmpty()) {
        problems.report(at(paragraph), "the impact has no text after '" + text.substring(0, colon + 1) + "'");
        return false;
      }
      draft.startImpact(order, rest);
      return true;
    }

    private void figure(ListItem item) {
      Paragraph paragraph = (Paragraph) item.getFirstChild();
      List<Segment> segments = Segment.of(paragraph);
      Figure figure = segments.get(0).kind() == Kind.STRONG
          ? strongFigure(segments)
          : FigureText.parse(InlineText.of(paragraph));
      if (figure == null) {
        problems.report(at(paragraph), "expected a figure such as '- **$72.3B**: Capital raised (*source*, as of *2026*)', but found '"
            + abbreviate(InlineText.of(paragraph)) + "'");
        return;
      }
      draft.figure(figure);
      noMoreBlocks(item, "a figure");
    }

    /** {@code **value**: label}, then optionally {@code (*source*)}, {@code (as of *date*)} or both. */
    private Figure strongFigure(List<Segment> segments) {
      List<Segment> rest = afterLabel(segments);
      if (rest == null) {
        return null;
      }
      String value = labelOf(segments);
      String source = null;
      String asOf = null;
      int k = rest.size() - 1;
      int labelEnd = rest.size();
      String labelTail = "";
      if (k >= 2 && rest.get(k).plain() && isClosing(rest.get(k).text())
          && rest.get(k - 1).kind() == Kind.EMPHASIS && rest.get(k - 2).plain()) {
        String before = rest.get(k - 2).text();
        String asOfWord = asOfBetween(before);
        if (asOfWord != null && k >= 4 && rest.get(k - 3).kind() == Kind.EMPHASIS
            && rest.get(k - 4).plain() && rest.get(k - 4).text().endsWith(" (")) {
          source = rest.get(k - 3).text();
          asOf = rest.get(k - 1).text();
          labelEnd = k - 4;
          labelTail = trimEnd(rest.get(k - 4).text(), 2);
        } else {
          int asOfSuffix = asOfSuffix(before);
          if (asOfSuffix > 0) {
            asOf = rest.get(k - 1).text();
            labelEnd = k - 2;
            labelTail = trimEnd(before, asOfSuffix);
          } else if (before.endsWith(" (")) {
            source = rest.get(k - 1).text();
            labelEnd = k - 2;
            labelTail = trimEnd(before, 2);
          }
        }
      }
      String label = afterSeparator(Segment.join(rest.subList(0, labelEnd)) + labelTail);
      if (value.isBlank() || label.isBlank()) {
        return null;
      }
      Figure.Builder figure = Figure.builder().value(value).label(label);
      if (source != null) {
        figure.source(source);
      }
      if (asOf != null) {
        figure.asOf(asOf);
      }
      return figure.build();
    }

    private static boolean isClosing(String text) {
      return text.equals(")") || text.equals(").");
    }

    /** @return the "as of" word when {@code text} is {@code ", as of "}, else null */
    private String asOfBetween(String text) {
      for (String word : words.asOfWords()) {
        String between = ", " + word + " ";
        if (text.equalsIgnoreCase(between)) {
          return word;
        }
      }
      return null;
    }

    /** @return the length of a {@code " (as of "} ending, or 0 */
    private int asOfSuffix(String text) {
      for (String word : words.asOfWords()) {
        String suffix = " (" + word + " ";
        if (text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length())) {
          return suffix.length();
        }
      }
      return 0;
    }

    private void watchItem(ListItem item) {
      Paragraph paragraph = (Paragraph) item.getFirstChild();
      List<Segment> segments = Segment.of(paragraph);
      String title;
      String description;
      if (segments.get(0).kind() == Kind.STRONG) {
        List<Segment> rest = afterLabel(segments);
        title = labelOf(segments);
        description = rest == null ? "" : afterSeparator(Segment.join(rest));
      } else {
        String text = InlineText.of(paragraph);
        int colon = text.indexOf(": ");
        title = colon > 0 ? text.substring(0, colon).strip() : "";
        description = colon > 0 ? text.substring(colon + 2).strip() : "";
      }
      if (title.isBlank() || description.isEmpty()) {
        problems.report(at(paragraph), "expected a watch item such as '- **Title**: what to look for', but found '"
            + abbreviate(InlineText.of(paragraph)) + "'");
        return;
      }
      draft.startWatchItem(title, description);
      moreParagraphs(item, Holder.WATCH_ITEM);
    }

    private void detail(ListItem item) {
      Paragraph paragraph = (Paragraph) item.getFirstChild();
      List<Segment> segments = Segment.of(paragraph);
      String label;
      List<Segment> rest;
      if (segments.get(0).kind() == Kind.STRONG) {
        label = labelOf(segments);
        rest = afterLabel(segments);
      } else {
        String text = InlineText.of(paragraph);
        int colon = text.indexOf(':');
        label = colon > 0 && colon <= MAX_PREFIX ? text.substring(0, colon) : "";
        rest = colon > 0 ? List.of(Segment.plain(text.substring(colon + 1).strip())) : null;
      }
      DetailField field = words.detail(label);
      if (field == null || rest == null) {
        problems.report(at(paragraph), "expected a detail such as '- **ID:** ...', '- **Published:** ...', '- **Language:** ...', "
            + "'- **Author:** ...', '- **Tag:** ...' or '- **Source:** [title](https://...)', but found '"
            + abbreviate(InlineText.of(paragraph)) + "'");
        return;
      }
      String problem = field == DetailField.SOURCE ? source(rest) : details.put(field, afterSeparator(Segment.join(rest)));
      if (problem != null) {
        problems.report(at(paragraph), problem);
      }
      noMoreBlocks(item, "a detail");
    }

    private String source(List<Segment> rest) {
      Segment link = null;
      for (Segment s : rest) {
        if (s.kind() == Kind.LINK && link == null) {
          link = s;
        } else if (!s.text().isBlank()) {
          link = null;
          break;
        }
      }
      if (link == null) {
        return "expected a link such as '[title](https://...)' after the source label";
      }
      return details.source(link.text(), ((Link) link.node()).getDestination());
    }

    /** The strong label of {@code **label**: rest} or {@code **label:** rest}, without its colon. */
    private static String labelOf(List<Segment> segments) {
      String strong = segments.get(0).text();
      boolean colonOutside = segments.size() > 1 && segments.get(1).plain() && segments.get(1).text().startsWith(":");
      return !colonOutside && strong.endsWith(":") ? strong.substring(0, strong.length() - 1) : strong;
    }

    /** @return what follows the label and its colon, or null when there is no colon */
    private static List<Segment> afterLabel(List<Segment> segments) {
      List<Segment> rest = new ArrayList<>(segments.subList(1, segments.size()));
      if (!rest.isEmpty() && rest.get(0).plain() && rest.get(0).text().startsWith(":")) {
        rest.set(0, Segment.plain(rest.get(0).text().substring(1)));
        return rest;
      }
      return segments.get(0).text().endsWith(":") ? rest : null;
    }

    /**
     * The text after a label's colon, less the one space the layout puts there. Nothing else
     * is stripped: CommonMark already dropped the raw whitespace at a paragraph's ends, so any
     * left is the user's own, written as character references.
     */
    private static String afterSeparator(String text) {
      return text.startsWith(" ") ? text.substring(1) : text;
    }

    private static String trimEnd(String text, int length) {
      return text.substring(0, text.length() - length);
    }

    private String nextTitle() {
      for (Section s : Section.values()) {
        if (s.after(current)) {
          return s.title();
        }
      }
      return Section.DETAILS.title();
    }

    private Location at(Node node) {
      return at(node, current);
    }

    private Location at(Node node, Section section) {
      // Blocks carry source spans; walk up to one that does (a list item's list), else the end.
      Node spanned = node;
      while (spanned != null && spanned.getSourceSpans().isEmpty()) {
        spanned = spanned.getParent();
      }
      List<SourceSpan> spans = spanned == null ? List.of() : spanned.getSourceSpans();
      if (spans.isEmpty()) {
        return problems.atEnd(section);
      }
      SourceSpan span = spans.get(0);
      return problems.at(span.getLineIndex(), span.getColumnIndex() + 1, section);
    }

    private static Node skipDefinitions(Node block) {
      while (block instanceof LinkReferenceDefinition) {
        block = block.getNext();
      }
      return block;
    }

    private static String describe(Node block) {
      if (block instanceof Paragraph) {
        return "a paragraph";
      } else if (block instanceof ListBlock) {
        return "a list";
      } else if (block instanceof Heading) {
        return "a heading";
      } else if (block instanceof BlockQuote) {
        return "a block quote";
      } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
        return "a code block";
      } else if (block instanceof HtmlBlock) {
        return "an HTML block";
      } else if (block instanceof ThematicBreak) {
        return "a thematic break";
      }
      return "a " + block.getClass().getSimpleName();
    }

    private static String abbreviate(String text) {
      return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
  }
}
