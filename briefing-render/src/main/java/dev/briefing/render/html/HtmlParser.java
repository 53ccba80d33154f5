package dev.briefing.render.html;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.internal.html.HtmlReading;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads a briefing from HTML, with jsoup's HTML5 parser. The library's own HTML (what
 * {@link HtmlRenderer} writes, document or fragment, in any label language, figures as a list
 * or a table) comes back as an equal briefing, read by the classes of its elements. Any other
 * page is read as an article through the tolerant reader that text and Markdown use with
 * {@link ParseOptions.Builder#tolerant}: sections as {@code h1}–{@code h6} headings or
 * {@code strong}-led paragraphs named by a {@link dev.briefing.kit.LabelSet}, impacts, figures and
 * watch items as lists, {@code dl} pairs or tables; scripts and styles are ignored, and every
 * inference is in {@link ParseResult#notes()}, every drop in {@link ParseResult#warnings()}.
 * Since that is the only way to read an article, this parser always reads leniently. A page
 * exactly as the renderer wrote it is read without building jsoup's tree: its article is scanned
 * directly, and the briefing is kept only when rendering it gives the page back (the JSON-LD,
 * derived from the article, aside); any page that differs is read by jsoup, with the same result.
 *
 * <p>Input longer than {@link ParseOptions#maxInputChars()} is refused, damaged characters are
 * repaired as for text, and the time taken is linear in the input. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ParseResult result = HtmlParser.standard().read(new StringReader(page));
 * Briefing briefing = result.briefing();
 * result.notes().forEach(System.err::println);    // line 12, column 1: heading read as The Numbers ...
 * result.warnings().forEach(System.err::println); // line 40, column 3: sign-off dropped: ...
 * }</pre>
 */
public final class HtmlParser implements BriefingParser {

  private static final HtmlParser STANDARD = of(ParseOptions.standard());

  private final HtmlReading reading;

  private HtmlParser(ParseOptions options) {
    this.reading = new HtmlReading(options);
  }

  /** @return a parser that repairs text, knows the built-in labels and reads up to 16 Mi characters */
  public static HtmlParser standard() {
    return STANDARD;
  }

  /**
   * @param options repair, the input limit and house labels
   * @return a parser with those options
   */
  public static HtmlParser of(ParseOptions options) {
    return new HtmlParser(Objects.requireNonNull(options, "options"));
  }

  @Override
  public ParseResult read(Reader in) {
    return reading.read(Objects.requireNonNull(in, "in"));
  }
}
