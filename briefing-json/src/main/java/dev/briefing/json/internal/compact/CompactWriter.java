package dev.briefing.json.internal.compact;

import dev.briefing.json.internal.wire.WireWriter;
import java.util.Arrays;

/**
 * The backend of {@link WireWriter} that needs no JSON library: compact JSON text straight into
 * one char array, for {@code BriefingJson.write(Briefing)} and kept unknown values. It writes
 * the same characters as a compact Jackson generator (a differential test holds the three to
 * that) without a generator's per-token bookkeeping: a string is copied in one call and scanned
 * in place, and only one that needs escapes is written character by character.
 *
 * <pre>{@code
 * CompactWriter out = CompactWriter.borrow();
 * BriefingShape.write(briefing, WireOutput.plain(out));
 * String json = out.release();
 * }</pre>
 */
public final class CompactWriter implements WireWriter {

  /** What a character below 128 is written as after a backslash: 0 for itself, 'u' for <code>&#92;u00XX</code>. */
  private static final char[] ESCAPES = new char[128];
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final int INITIAL = 4000;
  /** The largest array a thread keeps between writes. */
  private static final int MAX_KEPT = 0x10000;
  private static final ThreadLocal<char[]> KEPT = new ThreadLocal<>();

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
  }

  private char[] buffer;
  private int length;
  /** Per open container, whether nothing has been written in it yet; index 0 is the root. */
  private boolean[] empty = new boolean[16];
  private int depth;
  private boolean afterName;

  /** A writer with an array of its own. */
  public CompactWriter() {
    this(new char[256]);
  }

  private CompactWriter(char[] buffer) {
    this.buffer = buffer;
    this.empty[0] = true;
  }

  /** @return a writer on the array this thread kept from its last {@link #release()} */
  public static CompactWriter borrow() {
    char[] kept = KEPT.get();
    if (kept == null) {
      return new CompactWriter(new char[INITIAL]);
    }
    KEPT.set(null);
    return new CompactWriter(kept);
  }

  /** @return the text written; the array goes back to this thread for its next {@link #borrow()} */
  public String release() {
    String text = toString();
    if (buffer.length <= MAX_KEPT) {
      KEPT.set(buffer);
    }
    buffer = null;
    return text;
  }

  @Override
  public String toString() {
    return new String(buffer, 0, length);
  }

  @Override
  public void beginObject() {
    open('{');
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void beginArray() {
    open('[');
  }

  @Override
  public void endArray() {
    close(']');
  }

  @Override
  public void name(String name) {
    separate();
    quoted(name);
    append(':');
    afterName = true;
  }

  @Override
  public void string(String value) {
    separate();
    quoted(value);
  }

  @Override
  public void string(char[] chars, int offset, int count) {
    separate();
    ensure(count + 2);
    buffer[length++] = '"';
    for (int i = offset, end = offset + count; i < end; i++) {
      character(chars[i]);
    }
    append('"');
  }

  @Override
  public void number(int value) {
    separate();
    plain(Integer.toString(value));
  }

  @Override
  public void rawNumber(String text) {
    separate();
    plain(text);
  }

  @Override
  public void bool(boolean value) {
    separate();
    plain(value ? "true" : "false");
  }

  @Override
  public void nullValue() {
    separate();
    plain("null");
  }

  @Override
  public void lineEnd() {
    append('\n');
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private void open(char bracket) {
    separate();
    append(bracket);
    if (++depth == empty.length) {
      empty = Arrays.copyOf(empty, depth * 2);
    }
    empty[depth] = true;
  }

  private void close(char bracket) {
    depth--;
    append(bracket);
  }

  /** A comma before every value or name but the first of its container; none after a name. */
  private void separate() {
    if (afterName) {
      afterName = false;
    } else if (empty[depth]) {
      empty[depth] = false;
    } else if (depth > 0) {
      append(',');
    }
  }

  private void quoted(String s) {
    int n = s.length();
    ensure(n + 2);
    buffer[length++] = '"';
    int start = length;
    s.getChars(0, n, buffer, start);
    for (int i = 0; i < n; i++) {
      char c = buffer[start + i];
      if (c < 128 && ESCAPES[c] != 0) {
        // Rewrite from the first character that needs an escape.
        length = start + i;
        for (int j = i; j < n; j++) {
          character(s.charAt(j));
        }
        append('"');
        return;
      }
    }
    length = start + n;
    buffer[length++] = '"';
  }

  private void character(char c) {
    if (c >= 128 || ESCAPES[c] == 0) {
      append(c);
      return;
    }
    char escape = ESCAPES[c];
    ensure(6);
    buffer[length++] = '\\';
    if (escape == 'u') {
      buffer[length++] = 'u';
      buffer[length++] = '0';
      buffer[length++] = '0';
      buffer[length++] = HEX[c >> 4];
      buffer[length++] = HEX[c & 0xF];
    } else {
      buffer[length++] = escape;
    }
  }

  private void plain(String text) {
    int n = text.length();
    ensure(n);
    text.getChars(0, n, buffer, length);
    length += n;
  }

  private void append(char c) {
    ensure(1);
    buffer[length++] = c;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more + 16));
    }
  }
}
