/**
 * The kit for briefing formats: the section walk with per-section writers, render and parse
 * options, labels in four languages, paragraphs, impact-order words, quantities, the link
 * policy and plain-text cleaning. A format depends on this module, not on the built-in
 * renderers.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder().labels(SectionLabels.german()).build();
 * SectionWalk<Appendable> walk = SectionWalk.<Appendable>empty()
 *     .with(Section.SIGNAL, (briefing, out) -> out.append(briefing.signal()));
 * walk.write(briefing, options.sections(), writer);
 * }</pre>
 */
module dev.briefing.kit {
  requires transitive dev.briefing.core;
  requires com.ibm.icu;
  requires static org.immutables.value.annotations;

  exports dev.briefing.kit;
  exports dev.briefing.kit.internal to dev.briefing.render;
}
