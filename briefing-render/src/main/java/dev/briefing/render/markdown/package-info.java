/**
 * The Markdown format (CommonMark).
 *
 * <pre>{@code
 * Briefing briefing = MarkdownParser.standard().parse(Files.readString(Path.of("signal.md")));
 * }</pre>
 */
package dev.briefing.render.markdown;
