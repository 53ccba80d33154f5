package dev.briefing.json.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and, unlike {@link java.io.InputStreamReader}, hands over every
 * character decoded before a bad byte before it reports the bad byte, so a line reader knows
 * on which line the damage is.
 */
public final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private CharacterCodingException pending;
  private boolean endOfInput;

  public StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      if (pending != null) {
        throw pending;
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        pending = new MalformedInputException(result.length());
        continue;
      }
      if (result.isUnderflow() && out.position() == offset) {
        if (endOfInput) {
          decoder.flush(out);
          return out.position() == offset ? -1 : out.position() - offset;
        }
        fill();
      }
    }
    return out.position() - offset;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
