package dev.briefing.chat.internal.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a briefing's blocks into messages of at most {@link SlackLimits#BLOCKS} blocks, each
 * with its notification text.
 */
public final class SlackMessages {

  private SlackMessages() {}

  /** One message payload: its notification text and blocks. */
  public record Message(String fallbackText, List<Block> blocks) {}

  /**
   * @param blocks a briefing's blocks
   * @param summary the briefing in one line (title or signal), plain text
   * @return the messages, at least one
   */
  public static List<Message> of(List<Block> blocks, String summary) {
    List<List<Block>> groups = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Block block : blocks) {
      if (current.size() == SlackLimits.BLOCKS) {
        groups.add(current);
        current = new ArrayList<>();
      }
      // A message does not start with a divider: the message boundary already divides.
      if (!(current.isEmpty() && !groups.isEmpty() && block instanceof Block.Divider)) {
        current.add(block);
      }
    }
    groups.add(current);
    String text = Mrkdwn.escapeEntities(shorten(summary, SlackLimits.FALLBACK_TEXT - 16));
    List<Message> messages = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      String numbered = groups.size() == 1 ? text : text + " (" + (i + 1) + "/" + groups.size() + ")";
      messages.add(new Message(numbered, List.copyOf(groups.get(i))));
    }
    return messages;
  }

  private static String shorten(String text, int max) {
    int cost = 0;
    int end = 0;
    while (end < text.length()) {
      cost += Mrkdwn.entityLength(text.charAt(end));
      if (cost > max - 1) {
        break;
      }
      end++;
    }
    if (end == text.length()) {
      return text;
    }
    int space = text.lastIndexOf(' ', end);
    if (space > end / 2) {
      end = space;
    } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
