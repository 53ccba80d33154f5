package dev.briefing.benchmarks.baseline;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.briefing.core.Briefing;

/**
 * The same HTML page as {@link JtePage}, from a Mustache template
 * ({@code page.mustache}, mustache.java compiler, HTML-escaping by default), compiled once and
 * rendered from a small view over the briefing.
 *
 * <pre>{@code
 * String html = new MustachePage().render(SeedBriefing.briefing());
 * }</pre>
 */
public final class MustachePage {
  private final Mustache template =
      new DefaultMustacheFactory("dev/briefing/benchmarks/baseline").compile("page.mustache");

  /**
   * @param briefing the briefing
   * @return the full HTML document
   */
  public String render(Briefing briefing) {
    StringBuilderWriter out = new StringBuilderWriter(8192);
    template.execute(out, new MustacheView(briefing));
    return out.toString();
  }
}
