package dev.briefing.web.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON through with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as
 * {@code \}{@code uXXXX} escapes, so that the JSON can stand inside an HTML {@code <script>}
 * element: no {@code </script>} or {@code <!--} can end or change the script, and no line
 * separator breaks a JavaScript reader of old. The code points HTML forbids in a document (DEL,
 * the C1 controls, noncharacters, surrogates) are escaped too, every surrogate included, since
 * a pair may be split between two writes: the page stays conforming and the JSON still holds
 * exactly the briefing's text, where the HTML body shows U+FFFD. The rewrite is sound on any
 * JSON text because outside strings JSON has none of these characters, and inside a string each
 * escape reads back as the character it replaces.
 */
public final class ScriptSafeWriter extends Writer {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Writer out;
  /** The escape being written, reused: one array per writer, not one per escaped character. */
  private final char[] escape = {'\\', 'u', '0', '0', '0', '0'};

  /** @param out where the escaped JSON goes */
  public ScriptSafeWriter(Writer out) {
    this.out = out;
  }

  /**
   * @param c a character of JSON text
   * @return whether this writer replaces it with an escape
   */
  public static boolean escapes(char c) {
    return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
        || (c >= '\u007f' && c <= '\u009f') || Character.isSurrogate(c)
        || (c >= '\ufdd0' && c <= '\ufdef') || c == '\ufffe' || c == '\uffff';
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (escapes(c)) {
        out.write(chars, start, i - start);
        escape[2] = HEX[c >> 12];
        escape[3] = HEX[(c >> 8) & 15];
        escape[4] = HEX[(c >> 4) & 15];
        escape[5] = HEX[c & 15];
        out.write(escape, 0, escape.length);
        start = i + 1;
      }
    }
    out.write(chars, start, end - start);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
