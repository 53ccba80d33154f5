package dev.briefing.chat.internal.card;

/**
 * Writes user text for an Adaptive Card {@code TextBlock} or {@code Fact}, whose text hosts
 * read as a subset of Markdown ("Text features", https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features:
 * bold, italic, lists and links) and scan for {@code {{DATE(...)}}} and {@code {{TIME(...)}}}
 * functions.
 *
 * <p>Every character that can start or end that markup gets a CommonMark backslash escape,
 * which the Markdown renderers hosts use (markdown-it in the JavaScript renderer) show as the
 * character alone: always {@code \ ` * _ ~ [ ] { } < > & |}, and at a line's start also the
 * list, heading and rule markers ({@code - + = #} and the {@code .} or {@code )} after
 * leading digits). Spaces and tabs at a line's start are left out, as Markdown does not show
 * them and four of them would start a code block. A line starts after a line feed or a carriage
 * return, as CommonMark reads them. Escaped braces never make the {@code {{}
 * that starts a function.
 */
public final class CardMarkdown {

  private CardMarkdown() {}

  /**
   * @param text user text
   * @return Markdown that shows it literally
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && (c == ' ' || c == '\t')) {
        continue;
      }
      switch (c) {
        case '\\', '`', '*', '_', '~', '[', ']', '{', '}', '<', '>', '&', '|' -> out.append('\\').append(c);
        case '-', '+', '=', '#' -> {
          if (lineStart) {
            out.append('\\');
          }
          out.append(c);
        }
        default -> {
          if (lineStart && c >= '0' && c <= '9') {
            i = digits(text, i, out);
            c = text.charAt(i);
          } else {
            out.append(c);
          }
        }
      }
      lineStart = c == '\n' || c == '\r';
    }
    return out.toString();
  }

  /** Copies the digits at a line's start and escapes a following {@code .} or {@code )}. */
  private static int digits(String text, int start, StringBuilder out) {
    int i = start;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      out.append(text.charAt(i));
      i++;
    }
    if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
      out.append('\\').append(text.charAt(i));
      return i;
    }
    return i - 1;
  }
}
