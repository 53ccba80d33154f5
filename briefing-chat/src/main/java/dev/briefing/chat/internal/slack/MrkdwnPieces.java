package dev.briefing.chat.internal.slack;

import dev.briefing.chat.internal.BoldLead;
import dev.briefing.chat.internal.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns user text into mrkdwn pieces within a text object's limit, and packs pieces into as few
 * text objects as fit.
 */
final class MrkdwnPieces {

  private final TextSplitter splitter;

  MrkdwnPieces(Locale locale) {
    this.splitter = new TextSplitter(Mrkdwn::escapedLength, locale);
  }

  /**
   * @param bold text shown in bold before the body (an impact's order, a figure's value), or
   *     empty; taken into the body when it cannot be bold or would fill half the budget
   * @param separator what follows the bold part, such as {@code " "} or {@code "\n"}
   * @param body the user text
   * @param budget the longest piece
   * @return the pieces in order, the first with the bold part
   */
  List<String> entry(String bold, String separator, String body, int budget) {
    String prefix = bold.isEmpty() ? "" : "*" + Mrkdwn.escape(bold) + "*" + separator;
    if (!bold.isEmpty() && (!BoldLead.fits(bold) || prefix.length() > budget / 2)) {
      prefix = "";
      body = bold + separator + body;
    }
    List<String> chunks = splitter.split(body, budget - prefix.length(), budget);
    List<String> pieces = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      pieces.add((i == 0 ? prefix : "") + Mrkdwn.escape(chunks.get(i)));
    }
    return pieces;
  }

  /**
   * @param plainPrefix text before the body, escaped but not bold (a detail's label)
   * @param body the user text
   * @param budget the longest piece
   * @return the pieces in order
   */
  List<String> labelled(String plainPrefix, String body, int budget) {
    return splitter.split(plainPrefix + body, budget, budget).stream().map(Mrkdwn::escape).toList();
  }

  /**
   * @param heading the first line of the first text object, or empty
   * @param pieces pieces each within the budget
   * @param budget the longest text object
   * @return text objects: the heading, then the pieces a blank line apart
   */
  static List<String> pack(String heading, List<String> pieces, int budget) {
    List<String> texts = new ArrayList<>();
    StringBuilder current = new StringBuilder(heading);
    boolean headingOnly = !heading.isEmpty();
    for (String piece : pieces) {
      String separator = current.length() == 0 ? "" : headingOnly ? "\n" : "\n\n";
      if (current.length() + separator.length() + piece.length() > budget) {
        texts.add(current.toString());
        current.setLength(0);
        separator = "";
      }
      current.append(separator).append(piece);
      headingOnly = false;
    }
    if (current.length() > 0) {
      texts.add(current.toString());
    }
    return texts;
  }
}
