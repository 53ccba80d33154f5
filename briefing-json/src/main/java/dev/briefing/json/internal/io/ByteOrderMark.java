package dev.briefing.json.internal.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * A UTF-8 byte-order mark (U+FEFF) at the start of JSON text, which RFC 8259 lets a reader
 * ignore and editors on Windows write: passed over on every text read path (byte input leaves
 * it to the parser, which knows the encodings).
 */
public final class ByteOrderMark {

  /** The mark, as a character. */
  public static final char MARK = '\uFEFF';

  private ByteOrderMark() {}

  /** @return the text without a leading mark */
  public static String skip(String text) {
    return !text.isEmpty() && text.charAt(0) == MARK ? text.substring(1) : text;
  }

  /** @return how many characters at {@code offset} are a mark: 0 or 1 */
  public static int length(char[] chars, int offset, int length) {
    return length > 0 && chars[offset] == MARK ? 1 : 0;
  }

  /** @return a reader that passes over a leading mark of {@code in} */
  public static Reader skip(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first >= 0 && first != MARK) {
      pushback.unread(first);
    }
    return pushback;
  }
}
