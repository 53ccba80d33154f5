package dev.briefing.render.internal.html;

import dev.briefing.core.Briefing;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseNote;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.tolerant.HtmlBlocks;
import dev.briefing.render.internal.tolerant.TolerantParsing;
import java.io.Reader;
import java.io.StringReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML read: a page the library wrote, as it wrote it, by {@link OwnPageReading} without jsoup;
 * with jsoup, the library's own article exactly, by its classes; any other page
 * through the tolerant reader: its first {@code article}, else its {@code main}, else its body,
 * with any text outside that element dropped with a warning.
 */
public final class HtmlReading {

  private final TolerantParsing parsing;
  private final OwnArticleReader own;
  private final OwnPageReading ownPage;

  /** @param options the parser's options */
  public HtmlReading(ParseOptions options) {
    this.parsing = new TolerantParsing(options);
    this.own = new OwnArticleReader(parsing.words());
    this.ownPage = new OwnPageReading(parsing.words(), options.knownLabels());
  }

  /**
   * @param in the input
   * @return the briefing with notes, warnings and repairs
   */
  public ParseResult read(Reader in) {
    return read(in, true);
  }

  /**
   * The reading without its first step, so that tests hold the two ways of reading a page the
   * library wrote alike.
   *
   * @param in the input
   * @return the briefing read as jsoup reads it
   */
  ParseResult readWithJsoup(Reader in) {
    return read(in, false);
  }

  private ParseResult read(Reader in, boolean withoutJsoup) {
    ParserSettings settings = parsing.settings();
    ParserSettings unrepaired = new ParserSettings(settings.lenient(), false, settings.maxInputChars(),
        settings.vocabulary());
    // The library's own HTML holds the model's text exactly, so it is read unrepaired (a repair
    // would change text that only looks damaged), and without lines, which only the tolerant
    // reader needs and which cost two passes over the page. Only a carriage return, which the
    // lines turn into a line feed, makes the page differ from the input.
    String page = SourceText.whole(in, unrepaired);
    SourceText plain = null;
    if (page.indexOf('\r') >= 0) {
      plain = SourceText.of(page, unrepaired);
      page = plain.joined();
    }
    // Of a page the library wrote, jsoup is given the article alone: the head around it, the
    // JSON-LD above all, would cost as much again to tokenise and build, and is not read.
    int article = OwnDocument.articleStart(page);
    if (article >= 0 || page.contains(OwnDocument.ARTICLE)) {
      // A page the renderer wrote, as it wrote it, needs no tree of jsoup's at all.
      Briefing written = withoutJsoup ? ownPage.read(page, article) : null;
      if (written != null) {
        return ownResult(written);
      }
      String own = article >= 0 ? OwnDocument.fromArticle(page, article) : page;
      ParseResult exact = ownHtml(Jsoup.parse(own, "", Parser.htmlParser().setTrackPosition(false)));
      if (exact != null) {
        return exact;
      }
    }
    SourceText source;
    if (settings.repairText()) {
      source = SourceText.read(new StringReader(page), settings);
    } else {
      source = plain != null ? plain : SourceText.of(page, unrepaired);
    }
    Document document = Jsoup.parse(source.joined(), "", Parser.htmlParser().setTrackPosition(true));
    Element focus = document.selectFirst("article");
    if (focus == null) {
      focus = document.selectFirst("main");
    }
    return parsing.read(source, HtmlBlocks.of(document.body(), focus));
  }

  /** @return the page read as the library's own HTML, or null when it is not */
  private ParseResult ownHtml(Document document) {
    Element found = document.selectFirst("article.briefing");
    OwnElement article = found == null ? null : OwnElement.of(found);
    BriefingDraft draft = article == null || OwnArticleReader.signal(article) == null ? null : own.read(article);
    if (draft == null) {
      return null;
    }
    return ownResult(draft.build());
  }

  /** The page read unrepaired, so with no repair and no damaged character to warn of. */
  private static ParseResult ownResult(Briefing briefing) {
    return ParseResult.builder()
        .briefing(briefing)
        .addNotes(ParseNote.of(Location.at(1, 1), "read as the library's own HTML, exactly"))
        .build();
  }
}
