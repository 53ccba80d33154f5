package dev.briefing.render.internal.html;

import dev.briefing.core.Briefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.internal.HtmlText;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.internal.tolerant.SameText;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A page the library wrote, read without building jsoup's tree: its article is scanned as the
 * renderer writes it ({@link OwnArticleScanner}), read by the same reader as a page jsoup parsed
 * ({@link OwnArticleReader}), and the briefing is trusted only when rendering it with the options
 * the page shows (its labels, heading level, figure layout, fragment or page) writes the page
 * again, character for character. The JSON-LD is not read, since it is derived from the
 * article: the page is rendered without it and compared around it. So any page this reads is one
 * jsoup would have read to the same briefing, and every other page goes to jsoup.
 *
 * <p>The time taken is a scan and a rendering compared as it is written, each linear in the page,
 * the rendering stopped at the first difference; the memory, the article's tree (its text once),
 * since the renderer writes straight into the comparison and the rendering is never held.
 */
public final class OwnPageReading {
  private static final int LEVELS = RenderOptions.MAX_HEADING_LEVEL;
  private static final Set<Section> WITHOUT_WHAT_HAPPENED = EnumSet.complementOf(EnumSet.of(Section.WHAT_HAPPENED));

  private final OwnArticleReader reader;
  private final List<SectionLabels> labels;
  /** Each label set's heading of The Signal as it reads back from the page. */
  private final String[] signalHeadings;
  /** Made when first needed, per labels, heading level, figure layout and fragment or page, with every section. */
  private final AtomicReferenceArray<HtmlRenderer> renderers;

  /**
   * @param words the words of every known language
   * @param labels the labels a page may be written in
   */
  public OwnPageReading(Vocabulary words, List<SectionLabels> labels) {
    this.reader = new OwnArticleReader(words);
    this.labels = List.copyOf(labels);
    this.signalHeadings = new String[labels.size()];
    for (int i = 0; i < signalHeadings.length; i++) {
      signalHeadings[i] = HtmlText.clean(this.labels.get(i).signal());
    }
    this.renderers = new AtomicReferenceArray<>(labels.size() * LEVELS * 4);
  }

  /**
   * @param page the page, unrepaired
   * @param article where the article of the renderer's document begins ({@link OwnDocument#articleStart}),
   *     or -1 for a page that may be the renderer's fragment
   * @return the briefing, or null when the page is not one the renderer wrote
   */
  public Briefing read(String page, int article) {
    boolean fragment = article < 0;
    if (fragment && !page.startsWith(OwnDocument.ARTICLE)) {
      return null;
    }
    OwnElement root = OwnArticleScanner.article(page, fragment ? 0 : article);
    OwnElement signal = root == null ? null : OwnArticleReader.signal(root);
    OwnElement heading = signal == null ? null : signal.firstChild();
    int level = heading == null ? -1 : sectionLevel(heading.name()) - 1;
    if (level < 1 || level > LEVELS) {
      return null;
    }
    BriefingDraft draft = reader.read(root);
    if (draft == null) {
      return null;
    }
    Briefing briefing;
    try {
      briefing = draft.build();
    } catch (RuntimeException e) {
      // A part the model refuses: jsoup's reading says how.
      return null;
    }
    OwnElement numbers = root.child("section", OwnArticle.THE_NUMBERS);
    FigureLayout layout = numbers != null && numbers.child("table", OwnArticle.FIGURES) != null
        ? FigureLayout.TABLE : FigureLayout.LIST;
    boolean whatHappened = root.child("section", OwnArticle.WHAT_HAPPENED) != null;
    int gapFrom = page.length();
    int gapTo = page.length();
    if (!fragment) {
      int script = OwnDocument.jsonLdStart(page, article);
      if (script >= 0) {
        gapFrom = script;
        gapTo = OwnDocument.jsonLdEnd(article);
      }
    }
    String headingText = heading.wholeText();
    for (int i = 0; i < signalHeadings.length; i++) {
      if (signalHeadings[i].equals(headingText)
          && SameText.written(renderer(i, level, layout, fragment, whatHappened), briefing, page, gapFrom, gapTo)) {
        return briefing;
      }
    }
    return null;
  }

  /** @return the level of an {@code h2}..{@code h6}, or -1 */
  private static int sectionLevel(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6'
        ? name.charAt(1) - '0' : -1;
  }

  private HtmlRenderer renderer(int labelIndex, int level, FigureLayout layout, boolean fragment,
      boolean whatHappened) {
    if (!whatHappened) {
      return make(labelIndex, level, layout, fragment, WITHOUT_WHAT_HAPPENED);
    }
    int key = ((labelIndex * LEVELS + level - 1) * 2 + layout.ordinal()) * 2 + (fragment ? 1 : 0);
    HtmlRenderer made = renderers.get(key);
    if (made == null) {
      made = make(labelIndex, level, layout, fragment, Section.all());
      renderers.set(key, made);
    }
    return made;
  }

  private HtmlRenderer make(int labelIndex, int level, FigureLayout layout, boolean fragment, Set<Section> sections) {
    RenderOptions options = RenderOptions.builder().labels(labels.get(labelIndex)).headingLevel(level)
        .figureLayout(layout).fragment(fragment).sections(sections).build();
    return HtmlRenderer.builder().options(options).jsonLd(false).build();
  }
}
