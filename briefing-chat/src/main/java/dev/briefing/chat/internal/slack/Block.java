package dev.briefing.chat.internal.slack;

import java.util.List;
import java.util.Optional;

/** One Block Kit layout block of a message, its text already mrkdwn (or plain for a header). */
public sealed interface Block {

  /** A {@code header}: plain text, at most {@link SlackLimits#HEADER} characters. */
  record Header(String plainText) implements Block {}

  /** A {@code section}: mrkdwn text, fields, or both. */
  record Section(Optional<String> text, List<String> fields) implements Block {
    static Section of(String text) {
      return new Section(Optional.of(text), List.of());
    }
  }

  /** A {@code divider}. */
  record Divider() implements Block {}

  /** A {@code context}: small mrkdwn elements. */
  record Context(List<String> elements) implements Block {}
}
