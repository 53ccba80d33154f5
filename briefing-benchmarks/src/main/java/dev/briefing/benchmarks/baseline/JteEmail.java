package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The email as a user would write it with a template engine: a precompiled jte template
 * ({@code src/main/jte/email.jte}) with the same table layout and inline styles as the
 * {@code email} format, escaped for HTML by jte, but with no size limit, no plain-text part,
 * no bidirectional isolation and no link policy.
 *
 * <pre>{@code
 * String html = new JteEmail().render(SeedBriefing.briefing());
 * }</pre>
 */
public final class JteEmail {
  private static final String PACKAGE = "dev.briefing.benchmarks.baseline.jte";
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, JteEmail.class.getClassLoader(), PACKAGE);

  /**
   * @param briefing the briefing
   * @return the email's HTML
   */
  public String render(Briefing briefing) {
    StringOutput out = new StringOutput(16384);
    engine.render("email.jte", briefing, out);
    return out.toString();
  }
}
