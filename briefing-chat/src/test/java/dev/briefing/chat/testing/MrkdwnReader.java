package dev.briefing.chat.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Slack {@code mrkdwn} as Slack's formatting reference describes it
 * (https://docs.slack.dev/messaging/formatting-message-text): what a reader sees, which links
 * it holds, and anything that could format, mention or link that the slack format does not
 * write on purpose. Its own markup is only a bold span ({@code *...*}) within one line and
 * {@code <url|text>} links (http, https or mailto); every other {@code <...>} must be a formatting breaker (a date
 * token's fallback text), every {@code &} an entity, and no {@code _ ~ `} or {@code >} may
 * stand bare.
 *
 * <pre>{@code
 * MrkdwnReader.Reading reading = MrkdwnReader.read("*The Signal*\nR&amp;D");
 * reading.visible(); // "The Signal\nR&D"
 * }</pre>
 */
public final class MrkdwnReader {

  private static final String BREAKER = "<!date^0^{_}|";

  private MrkdwnReader() {}

  /**
   * What a text object shows.
   *
   * @param visible the characters a reader sees, markup removed
   * @param links the addresses of the links, entities decoded
   * @param problems every place user text could have become markup
   */
  public record Reading(String visible, List<String> links, List<String> problems) {}

  /**
   * @param mrkdwn a text object's text
   * @return what it shows
   */
  public static Reading read(String mrkdwn) {
    StringBuilder visible = new StringBuilder(mrkdwn.length());
    List<String> links = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int boldOnLine = 0;
    for (int i = 0; i < mrkdwn.length(); i++) {
      char c = mrkdwn.charAt(i);
      switch (c) {
        case '<' -> {
          int end = mrkdwn.indexOf('>', i);
          if (end < 0) {
            problems.add("a bare < at " + i);
            continue;
          }
          String token = mrkdwn.substring(i, end + 1);
          if (token.startsWith(BREAKER)) {
            String fallback = token.substring(BREAKER.length(), token.length() - 1);
            if (!List.of("*", "_", "~", "`", "&gt;").contains(fallback)) {
              problems.add("a date token with fallback " + fallback + " at " + i);
            }
            visible.append(fallback.equals("&gt;") ? ">" : fallback);
          } else if (token.startsWith("<http://") || token.startsWith("<https://") || token.startsWith("<mailto:")) {
            int bar = token.indexOf('|');
            if (bar < 0) {
              problems.add("a link without text at " + i);
              continue;
            }
            links.add(token.substring(1, bar).replace("&amp;", "&"));
            String text = token.substring(bar + 1, token.length() - 1);
            if (!text.matches("[A-Za-z0-9.\\- ]+")) {
              problems.add("link text that could hold markup: " + text);
            }
            visible.append(text);
          } else {
            problems.add("a token Slack would read as a link, mention or command: " + token);
          }
          i = end;
        }
        case '&' -> {
          String entity = mrkdwn.startsWith("&amp;", i) ? "&" : mrkdwn.startsWith("&lt;", i) ? "<"
              : mrkdwn.startsWith("&gt;", i) ? ">" : null;
          if (entity == null) {
            problems.add("a bare & at " + i);
            visible.append(c);
          } else {
            visible.append(entity);
            i += entity.equals("&") ? 4 : 3;
          }
        }
        case '*' -> boldOnLine++;
        case '\n' -> {
          if (boldOnLine % 2 != 0) {
            problems.add("an unclosed bold span before " + i);
          }
          boldOnLine = 0;
          visible.append(c);
        }
        case '_', '~', '`', '>' -> {
          problems.add("a bare " + c + " at " + i);
          visible.append(c);
        }
        default -> visible.append(c);
      }
    }
    if (boldOnLine % 2 != 0) {
      problems.add("an unclosed bold span at the end");
    }
    return new Reading(visible.toString(), List.copyOf(links), List.copyOf(problems));
  }
}
