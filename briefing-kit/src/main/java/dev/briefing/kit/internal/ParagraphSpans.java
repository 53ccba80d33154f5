package dev.briefing.kit.internal;

/**
 * Finds paragraph boundaries by index, so renderers can write paragraphs without copying them.
 * A separator is {@code "\n\n"} that leaves a non-empty paragraph on both sides; further line
 * breaks belong to the next paragraph, so joining with the separator restores the text.
 */
public final class ParagraphSpans {
  /** Length of the {@code "\n\n"} separator. */
  public static final int SEPARATOR_LENGTH = 2;

  private ParagraphSpans() {}

  /**
   * @param text the text
   * @param start where a paragraph starts; less than {@code text.length()}
   * @return where it ends (exclusive): the next separator, or the end of the text
   */
  public static int end(String text, int start) {
    // Searching from start + 1 keeps the paragraph non-empty; a separator at the very end would
    // leave an empty last paragraph, so it stays part of this one.
    int separator = text.indexOf("\n\n", start + 1);
    return separator < 0 || separator + SEPARATOR_LENGTH >= text.length() ? text.length() : separator;
  }
}
