package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.Writer;

/**
 * The HTML page as a precompiled jte template ({@code src/main/jte/page.jte}, compiled by the
 * jte Maven plugin), taking the core briefing itself as its parameter: the fastest way a user
 * could render the page with a Java template engine. jte escapes the output for HTML.
 *
 * <pre>{@code
 * String html = new JtePage().render(SeedBriefing.briefing());
 * }</pre>
 */
public final class JtePage {
  private static final String PACKAGE = "dev.briefing.benchmarks.baseline.jte";
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, JtePage.class.getClassLoader(), PACKAGE);

  /**
   * @param briefing the briefing
   * @return the full HTML document
   */
  public String render(Briefing briefing) {
    StringOutput out = new StringOutput(8192);
    engine.render("page.jte", briefing, out);
    return out.toString();
  }

  /**
   * Renders onto a writer, as a batch job would.
   *
   * @param briefing the briefing
   * @param out where to write
   */
  public void render(Briefing briefing, Writer out) {
    engine.render("page.jte", briefing, new WriterOutput(out));
  }
}
