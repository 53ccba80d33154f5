package dev.briefing.benchmarks.baseline;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown text to HTML with commonmark-java, the route a user who already has the briefing as
 * Markdown would take: parse, then render with raw HTML escaped. Parser and renderer are built
 * once and reused, as commonmark-java intends.
 *
 * <pre>{@code
 * String html = new CommonmarkPage().render("## The Signal\n\nText.\n");
 * }</pre>
 */
public final class CommonmarkPage {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  /**
   * @param markdown a Markdown document
   * @return the HTML fragment commonmark-java renders from it
   */
  public String render(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
