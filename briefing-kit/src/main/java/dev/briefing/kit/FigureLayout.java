package dev.briefing.kit;

/**
 * How renderers lay out The Numbers.
 *
 * <pre>{@code
 * MarkdownRenderer tables = MarkdownRenderer.builder().figureLayout(FigureLayout.TABLE).build();
 * }</pre>
 */
public enum FigureLayout {
  /**
   * One entry per figure: "value: label (source, as of)". This is the layout the text and
   * Markdown parsers read back.
   */
  LIST,
  /**
   * A table with the columns value, measure, source and as-of, for readers who compare
   * figures. Render-only: the parsers do not read it back.
   */
  TABLE
}
