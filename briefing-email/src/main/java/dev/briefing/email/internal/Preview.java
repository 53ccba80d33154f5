package dev.briefing.email.internal;

import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.PlainText;
import java.util.List;

/**
 * One line for where an inbox previews a message (the subject, the preheader): the first
 * paragraph of a text, cleaned to one line and shortened at a word with an ellipsis.
 */
public final class Preview {

  private Preview() {}

  /**
   * @param text a text field, such as The Signal
   * @param max the most characters (UTF-16 units) the line may have, ellipsis included; at least 2
   * @return the line
   */
  public static String of(String text, int max) {
    List<String> paragraphs = Paragraphs.of(text);
    String line = paragraphs.isEmpty() ? "" : PlainText.clean(paragraphs.get(0)).strip();
    if (line.length() <= max) {
      return line;
    }
    int cut = max - 1;
    int space = line.lastIndexOf(' ', cut);
    // A word longer than half the line is cut between characters, never inside a surrogate pair.
    int end = space > max / 2 ? space : cut;
    if (Character.isLowSurrogate(line.charAt(end)) && Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end).stripTrailing() + "\u2026";
  }
}
