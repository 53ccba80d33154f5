package dev.briefing.chat.internal.slack;

/**
 * Writes user text into Slack {@code mrkdwn} so that it shows literally.
 *
 * <p>Slack's reference ("Formatting text for app surfaces", section "Escaping text",
 * https://docs.slack.dev/messaging/formatting-message-text#escaping) names three characters to
 * write as entities: {@code &amp;}, {@code &lt;} and {@code &gt;}. With {@code <} escaped no
 * link, mention ({@code <!channel>}, {@code <@U123>}) or {@code <url|text>} can start in user
 * text. For the formatting characters {@code * _ ~ `} and a quoting {@code >} at a line's start
 * Slack offers no escape; each is written as the fallback text of a date token with no date
 * format ({@code <!date^0^{_}|*>}, "Date formatting" in the same reference), which Slack
 * clients show as plain, unformatted text. That is the formatting breaker jsx-slack documents
 * for the same gap (docs/about-escape-and-exact-mode.md). Each breaker stands for one
 * character, so a cut between characters never falls inside one.
 */
public final class Mrkdwn {

  /** Written for one formatting character: the date token's fallback text is shown as is. */
  static final String BREAKER_START = "<!date^0^{_}|";

  private Mrkdwn() {}

  /**
   * @param text user text
   * @return the text as mrkdwn that shows it literally, its first character taken as a line's
   *     start
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  /**
   * @param text user text
   * @param out where the mrkdwn goes; the text is taken to start a line
   */
  public static void escape(String text, StringBuilder out) {
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> {
          if (lineStart) {
            out.append(BREAKER_START).append("&gt;>");
          } else {
            out.append("&gt;");
          }
        }
        case '*', '_', '~', '`' -> out.append(BREAKER_START).append(c).append('>');
        default -> out.append(c);
      }
      lineStart = c == '\n' || c == '\r' || (lineStart && (c == ' ' || c == '\t'));
    }
  }

  /**
   * @param text user text
   * @return the length of {@link #escape(String)}, without building it
   */
  public static int escapedLength(String text) {
    int length = 0;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += switch (c) {
        case '&' -> 5;
        case '<' -> 4;
        case '>' -> lineStart ? BREAKER_START.length() + 5 : 4;
        case '*', '_', '~', '`' -> BREAKER_START.length() + 2;
        default -> 1;
      };
      lineStart = c == '\n' || c == '\r' || (lineStart && (c == ' ' || c == '\t'));
    }
    return length;
  }

  /**
   * For text Slack reads without formatting (a message's {@code text} with {@code mrkdwn} off),
   * where only the three reserved characters need their entities.
   *
   * @param text user text
   * @return the text with {@code & < >} as entities
   */
  public static String escapeEntities(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * @param text user text
   * @return the length of {@link #escapeEntities(String)}
   */
  public static int entitiesLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      length += entityLength(text.charAt(i));
    }
    return length;
  }

  /**
   * @param c a character of user text
   * @return its length in {@link #escapeEntities(String)}
   */
  public static int entityLength(char c) {
    return c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
  }
}
