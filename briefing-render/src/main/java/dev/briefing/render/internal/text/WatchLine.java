package dev.briefing.render.internal.text;

import dev.briefing.kit.PlainText;
import java.io.IOException;

/**
 * A watch item's title in its line of the text layout, {@code - title: description}: written
 * as it is, or in the escaped form of {@link FieldEscape} when it holds {@code ": "} or would
 * lose surrounding whitespace or a leading backslash.
 */
public final class WatchLine {

  /**
   * A watch item's first line, read.
   *
   * @param title the title
   * @param description the first paragraph of the description
   */
  public record Parts(String title, String description) {}

  private WatchLine() {}

  /**
   * @param title the title
   * @param out where to write it, after the bullet
   * @throws IOException when {@code out} fails
   */
  public static void writeTitle(String title, Appendable out) throws IOException {
    if (title.isEmpty()
        || !TextEscape.needsLeadingMark(title, 0, title.length())
        && !TextEscape.needsTrailingMark(title, 0, title.length())
        && !title.contains(": ")) {
      PlainText.append(out, title);
      return;
    }
    StringBuilder escaped = new StringBuilder(title.length() + 8).append(TextEscape.MARK);
    FieldEscape.append(escaped, PlainText.clean(title));
    out.append(escaped);
  }

  /**
   * @param body the line after its bullet, stripped
   * @return the title and description, or null when there is no {@code ": "} after a title
   *     or nothing after it
   */
  public static Parts read(String body) {
    if (!body.isEmpty() && body.charAt(0) == TextEscape.MARK) {
      FieldEscape.Reader fields = new FieldEscape.Reader(body.substring(1));
      String title = fields.field(':');
      if (!fields.stopped() || !fields.skip(" ")) {
        return null;
      }
      return parts(title, fields.remainder());
    }
    int colon = body.indexOf(": ");
    return colon <= 0 ? null : parts(body.substring(0, colon).strip(), body.substring(colon + 2));
  }

  private static Parts parts(String title, String description) {
    // A first line written as two backslashes is an empty line of the description; a blank one is none.
    return title.isBlank() || description.isBlank() ? null : new Parts(title, TextEscape.unescape(description));
  }
}
