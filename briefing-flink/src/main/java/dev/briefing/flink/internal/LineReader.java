package dev.briefing.flink.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.internal.lines.ByteLineReader;
import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.connector.file.src.reader.StreamFormat;

/**
 * A stream's non-blank lines, split by the converter's own line reader, so that a Flink job and
 * the converter find the same lines, numbers, blank lines and byte-order mark (a carriage return
 * before the line feed stays in the line, where JSON reads it as whitespace). A line longer than
 * the limit, in characters, is skipped to its end and handed on without bytes, so it cannot hold
 * memory.
 */
final class LineReader implements StreamFormat.Reader<NdjsonLine> {
  private final InputStream in;
  private final ByteLineReader lines;

  LineReader(InputStream in, int maxLength) {
    this.in = in;
    this.lines = new ByteLineReader(in, maxLength, true);
  }

  @Override
  public NdjsonLine read() throws IOException {
    try {
      return lines.next() ? new NdjsonLine("", lines.lineNumber(), lines.bytes(), null) : null;
    } catch (BriefingFormatException tooLong) {
      // Splitting bytes, the reader refuses nothing else; it goes on after the line.
      return new NdjsonLine("", lines.lineNumber(), null, tooLong.problem());
    } catch (BriefingIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
