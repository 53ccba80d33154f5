/**
 * schema.org JSON-LD for briefings: the {@code jsonld} format writes an {@code
 * AnalysisNewsArticle} with the figures as {@code QuantitativeValue} or {@code Observation}
 * values, and {@link dev.briefing.web.JsonLdRenderer#renderScriptTo} writes the same JSON safe
 * to embed in an HTML {@code <script>} element.
 *
 * <pre>{@code
 * String jsonLd = FormatRegistry.loadDefault().renderer("jsonld").render(briefing);
 * }</pre>
 */
module dev.briefing.web {
  requires transitive dev.briefing.core;
  requires transitive dev.briefing.kit;
  requires jakarta.json;

  exports dev.briefing.web;
  exports dev.briefing.web.internal to dev.briefing.feeds;

  provides dev.briefing.core.format.BriefingFormat with dev.briefing.web.JsonLdFormat;
}
