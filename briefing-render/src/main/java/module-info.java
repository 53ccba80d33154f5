/**
 * Renderers (plain text, Markdown, HTML) on the kit, and parsers (plain text, Markdown), for
 * briefings.
 *
 * <pre>{@code
 * String html = HtmlRenderer.standard().render(briefing);
 * String md = FormatRegistry.loadDefault().renderer("markdown").render(briefing);
 * }</pre>
 */
module dev.briefing.render {
  requires transitive dev.briefing.kit;
  requires dev.briefing.web;
  requires owasp.encoder;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.jsoup;

  exports dev.briefing.render.text;
  exports dev.briefing.render.markdown;
  exports dev.briefing.render.html;
  exports dev.briefing.render.repair;

  provides dev.briefing.core.format.BriefingFormat with
      dev.briefing.render.text.TextFormat,
      dev.briefing.render.markdown.MarkdownFormat,
      dev.briefing.render.html.HtmlFormat;
}
