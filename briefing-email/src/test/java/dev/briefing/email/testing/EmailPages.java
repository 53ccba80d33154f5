package dev.briefing.email.testing;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Reads an email's HTML as a browser would, with jsoup's HTML5 parser, keeping every parse
 * error it meets.
 *
 * <pre>{@code
 * EmailPages.Page page = EmailPages.parse(html);
 * assertThat(page.errors()).isEmpty();
 * }</pre>
 */
public final class EmailPages {

  private EmailPages() {}

  /**
   * @param document the parsed document
   * @param errors the parse errors, as jsoup words them, each with its position
   */
  public record Page(Document document, List<String> errors) {}

  /**
   * @param html an HTML document
   * @return the document and its parse errors
   */
  public static Page parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document document = parser.parseInput(html, "");
    return new Page(document, parser.getErrors().stream().map(ParseError::toString).toList());
  }
}
