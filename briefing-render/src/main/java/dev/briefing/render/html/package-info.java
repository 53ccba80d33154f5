/**
 * The {@code html} format: safe, semantic HTML5, as a whole document for email or as an
 * {@code <article>} fragment for a page.
 *
 * <pre>{@code
 * String email = HtmlRenderer.standard().render(briefing);
 * String article = HtmlRenderer.of(RenderOptions.builder().fragment(true).headingLevel(2).build()).render(briefing);
 * }</pre>
 */
package dev.briefing.render.html;
