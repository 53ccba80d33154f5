package dev.briefing.kit;

import dev.briefing.kit.internal.ParagraphSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits briefing text into the paragraphs every renderer writes, so that a custom renderer
 * breaks text exactly where the built-in ones do.
 *
 * <p>Paragraphs are separated by one blank line ({@code "\n\n"}). Joining the parts with
 * {@code "\n\n"} always gives back the text, even text that is not in normal form: extra line
 * breaks stay at the start of the paragraph that follows them, and no part is empty unless
 * the text is.
 *
 * <pre>{@code
 * Paragraphs.of("First point.\n\nSecond point."); // ["First point.", "Second point."]
 * }</pre>
 */
public final class Paragraphs {

  private Paragraphs() {}

  /**
   * @param text briefing text, such as {@link dev.briefing.core.Briefing#whatHappened()}
   * @return its paragraphs in order; empty for empty text
   */
  public static List<String> of(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = ParagraphSpans.end(text, start);
      paragraphs.add(text.substring(start, end));
      start = end + ParagraphSpans.SEPARATOR_LENGTH;
    }
    return List.copyOf(paragraphs);
  }
}
