/**
 * schema.org JSON-LD: {@link dev.briefing.web.JsonLdRenderer} writes a briefing as an {@code
 * AnalysisNewsArticle} (format {@code jsonld}, {@code application/ld+json}), for a page's
 * {@code <script type="application/ld+json">} or a search engine's structured data.
 *
 * <pre>{@code
 * String jsonLd = JsonLdRenderer.standard().render(briefing);
 * StringBuilder script = new StringBuilder();
 * JsonLdRenderer.standard().renderScriptTo(briefing, script);   // no "</script>" can appear
 * }</pre>
 */
package dev.briefing.web;
