package dev.briefing.render.internal.html;

import dev.briefing.core.Location;
import dev.briefing.core.format.ParseNote;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.tolerant.HtmlBlocks;
import dev.briefing.render.internal.tolerant.TolerantParsing;
import java.io.Reader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML read with jsoup: the library's own article exactly, by its classes; any other page
 * through the tolerant reader: its first {@code article}, else its {@code main}, else its body,
 * with any text outside that element dropped with a warning.
 */
public final class HtmlReading {

  /** The start of the article the library's HTML renderer writes. */
  private static final String OWN_ARTICLE = "<article class=\"briefing\"";

  private final TolerantParsing parsing;
  private final OwnHtmlReader own;

  /** @param options the parser's options */
  public HtmlReading(ParseOptions options) {
    this.parsing = new TolerantParsing(options);
    this.own = new OwnHtmlReader(parsing.words());
  }

  /**
   * @param in the input
   * @return the briefing with notes, warnings and repairs
   */
  public ParseResult read(Reader in) {
    SourceText source = SourceText.read(in, parsing.settings());
    String page = source.joined();
    // Only the tolerant reader needs positions, and tracking them costs a scan for line breaks;
    // a page with the renderer's article class is parsed without, and again with, if it is not ours.
    boolean mayBeOwn = page.contains(OWN_ARTICLE);
    Document document = Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(!mayBeOwn));
    ParseResult exact = ownHtml(document, source);
    if (exact != null) {
      return exact;
    }
    if (mayBeOwn) {
      document = Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true));
    }
    Element focus = document.selectFirst("article");
    if (focus == null) {
      focus = document.selectFirst("main");
    }
    return parsing.read(source, HtmlBlocks.of(document.body(), focus));
  }

  /** @return the page read as the library's own HTML, or null when it is not */
  private ParseResult ownHtml(Document document, SourceText source) {
    Element article = OwnHtmlReader.article(document);
    BriefingDraft draft = article == null ? null : own.read(article);
    if (draft == null) {
      return null;
    }
    return ParseResult.builder()
        .briefing(draft.build())
        .repairs(source.repairs())
        .warnings(source.warnings())
        .addNotes(ParseNote.of(Location.at(1, 1), "read as the library's own HTML, exactly"))
        .build();
  }
}
