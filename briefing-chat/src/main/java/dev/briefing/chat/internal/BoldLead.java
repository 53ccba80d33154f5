package dev.briefing.chat.internal;

/**
 * Whether text can be shown in bold by wrapping it in delimiters ({@code *x*} in Slack,
 * {@code **x**} in Markdown): both read a delimiter as bold only next to a character that is
 * not white space, and neither carries bold across a line end. Text that cannot (blank, with
 * white space at an end, or over several lines, which only an invalid briefing has) is
 * written plain, so its delimiters never show as stray characters.
 */
public final class BoldLead {

  private BoldLead() {}

  /**
   * @param text user text meant to be bold
   * @return whether wrapping it in bold delimiters shows it bold
   */
  public static boolean fits(String text) {
    if (text.isEmpty() || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
