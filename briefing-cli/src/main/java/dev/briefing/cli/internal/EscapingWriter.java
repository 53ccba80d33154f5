package dev.briefing.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for messages that passes every {@linkplain SafeText#isUnsafe unsafe} character on
 * as an escape, whatever the code that printed it forgot: the command's errors, warnings and
 * problem lists all go through one, so user text never reaches the terminal raw.
 */
final class EscapingWriter extends FilterWriter {

  EscapingWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (SafeText.isUnsafe((char) c)) {
      StringBuilder escape = new StringBuilder(6);
      SafeText.appendEscape((char) c, escape);
      out.write(escape.toString());
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    write(new String(buffer, offset, length), 0, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(SafeText.escape(text.substring(offset, offset + length)));
  }
}
