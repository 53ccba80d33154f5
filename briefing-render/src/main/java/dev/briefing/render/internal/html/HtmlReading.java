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
    Document document = Jsoup.parse(source.joined(), "", Parser.htmlParser().setTrackPosition(true));
    Element article = OwnHtmlReader.article(document);
    if (article != null) {
      BriefingDraft draft = own.read(article);
      if (draft != null) {
        return ParseResult.builder()
            .briefing(draft.build())
            .repairs(source.repairs())
            .warnings(source.warnings())
            .addNotes(ParseNote.of(Location.at(1, 1), "read as the library's own HTML, exactly"))
            .build();
      }
    }
    Element focus = document.selectFirst("article");
    if (focus == null) {
      focus = document.selectFirst("main");
    }
    return parsing.read(source, HtmlBlocks.of(document.body(), focus));
  }
}
