/**
 * Renderers (plain text, Markdown, HTML) and parsers (plain text, Markdown) for briefings.
 */
module dev.briefing.render {
  requires transitive dev.briefing.core;
  requires static org.immutables.value.annotations;

  exports dev.briefing.render;
}
