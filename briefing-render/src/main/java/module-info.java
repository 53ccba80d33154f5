/**
 * Renderers (plain text, Markdown, HTML) and parsers (plain text, Markdown) for briefings.
 */
module dev.briefing.render {
  requires transitive dev.briefing.core;
  requires static org.immutables.value.annotations;
  requires org.commonmark;

  exports dev.briefing.render;
  exports dev.briefing.render.markdown;
  exports dev.briefing.render.repair;
  exports dev.briefing.render.text;
}
