package dev.briefing.spring;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code briefing.*} configuration properties of the Spring Boot starters: how briefings
 * are rendered and read over HTTP.
 *
 * <pre>{@code
 * # application.properties
 * briefing.render.language=de
 * briefing.render.heading-level=2
 * briefing.render.html=fragment
 * briefing.json.fail-on-unknown-properties=false
 * briefing.max-input-size=256KB
 * }</pre>
 *
 * @param render how the text, Markdown and HTML formats write a briefing
 * @param json how a briefing request body in JSON is read
 * @param maxInputSize the largest request body read as a briefing, in any format; a larger one
 *     is answered with 413
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(
    @DefaultValue Render render,
    @DefaultValue Json json,
    @DefaultValue("8MB") DataSize maxInputSize) {

  /**
   * How the text, Markdown and HTML formats write a briefing.
   *
   * @param language the language of section labels ("The Signal", "First-order", ...): {@code
   *     en}, {@code de}, {@code fr} or {@code es}
   * @param headingLevel the heading level of a briefing's title in Markdown and HTML, 1 to 5;
   *     sections are one level below
   * @param html whether HTML is a whole document with its style sheet or only the
   *     {@code <article>}, to embed in a page of your own
   */
  public record Render(
      @DefaultValue("en") Locale language,
      @DefaultValue("1") int headingLevel,
      @DefaultValue("document") HtmlOutput html) {}

  /** What the HTML format writes. */
  public enum HtmlOutput {
    /** A whole HTML5 document with its style sheet. */
    DOCUMENT,
    /** Only the briefing's {@code <article>}. */
    FRAGMENT
  }

  /**
   * How a briefing request body in JSON is read. Briefings inside your own types are read by
   * your Jackson mapper and follow its settings.
   *
   * @param failOnUnknownProperties whether a property the wire format does not define is an
   *     error (400) or is skipped
   */
  public record Json(@DefaultValue("true") boolean failOnUnknownProperties) {}
}
