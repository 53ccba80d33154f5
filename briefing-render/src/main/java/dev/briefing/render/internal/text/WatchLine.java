package dev.briefing.render.internal.text;

import dev.briefing.render.internal.PlainTextWriter;
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
      PlainTextWriter.append(out, title);
      return;
    }
    StringBuilder escaped = new StringBuilder(title.length() + 8).append(TextEscape.MARK);
    FieldEscape.append(escaped, PlainTextWriter.clean(title));
    out.append(escaped);
  }

  /**
   * @param body the line after its bullet, stripped
   * @return the title and description (either may be empty), or null when there is no
   *     {@code ": "} after a title
   */
  public static Parts read(String body) {
    if (!body.isEmpty() && body.charAt(0) == TextEscape.MARK) {
      FieldEscape.Reader fields = new FieldEscape.Reader(body.substring(1));
      String title = fields.field(':');
      if (!fields.stopped() || !fields.skip(" ")) {
        return null;
      }
      return new Parts(title, TextEscape.unescape(fields.remainder()));
    }
    int colon = body.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    return new Parts(body.substring(0, colon).strip(), TextEscape.unescape(body.substring(colon + 2)));
  }
}
