package dev.briefing.json.internal.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/**
 * One backend's readers and writers under one set of read limits; immutable and thread-safe.
 * Readers never close what they read, writers never close what they write to. A reader opened
 * with {@code duplicates} true reports a repeated property at any depth (for lenient reads,
 * whose unknown values the shape does not look into); without it the shape finds repeats of the
 * properties it knows and refuses the others anyway.
 */
public interface JsonEngine {

  WireReader reader(String json, boolean duplicates) throws IOException;

  WireReader reader(char[] chars, int length, boolean duplicates) throws IOException;

  WireReader reader(Reader in, boolean duplicates) throws IOException;

  /** Reads UTF-8, UTF-16 or UTF-32, told apart by the first bytes; columns count bytes. */
  WireReader reader(InputStream in, boolean duplicates) throws IOException;

  /** @param pretty two-space indent, {@code "name": value}, LF line ends, no final newline */
  WireWriter writer(Writer out, boolean pretty) throws IOException;

  /** The same characters as {@link #writer(Writer, boolean)}, as UTF-8. */
  WireWriter writer(OutputStream out, boolean pretty) throws IOException;
}
