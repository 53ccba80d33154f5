/**
 * The {@code markdown} format: CommonMark in which every user string reads back exactly.
 *
 * <pre>{@code
 * Briefing briefing = MarkdownParser.standard().parse(markdown);
 * String md = MarkdownRenderer.of(RenderOptions.builder().headingLevel(2).build()).render(briefing);
 * }</pre>
 */
package dev.briefing.render.markdown;
