package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.json.internal.shape.BriefingShape;
import dev.briefing.json.internal.shape.WireOutput;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;

/**
 * Writes JSON Lines (NDJSON): each briefing as compact JSON on its own line, ended by
 * {@code \n}. Streams through one buffer, so memory does not grow with the number of lines.
 * Not thread-safe; {@link #close()} flushes but does not close the target. A validating codec's
 * writer refuses an invalid briefing before any of its line is written.
 *
 * <pre>{@code
 * try (NdjsonWriter out = BriefingJson.create().ndjsonWriter(writer)) {
 *   briefings.forEach(out::write);
 * }
 * }</pre>
 */
public final class NdjsonWriter implements AutoCloseable {

  private final BriefingJson codec;
  private final WireWriter g;
  private final WireOutput out;
  private long written;

  NdjsonWriter(BriefingJson codec, WireWriter g) {
    this.codec = codec;
    this.g = g;
    this.out = WireOutput.plain(g);
  }

  /**
   * Writes one line.
   *
   * @param briefing the briefing
   * @return this writer
   * @throws BriefingIOException when the target fails
   */
  public NdjsonWriter write(Briefing briefing) {
    codec.checkForWrite(briefing);
    try {
      BriefingShape.write(briefing, out);
      g.lineEnd();
    } catch (BriefingFormatException e) {
      throw new BriefingFormatException(Location.at(toInt(written + 1), 1),
          "cannot write the briefing as JSON: " + e.problem(), e);
    } catch (IOException e) {
      throw new BriefingIOException("Could not write line " + (written + 1), e);
    }
    written++;
    return this;
  }

  /** @return how many lines were written */
  public long linesWritten() {
    return written;
  }

  /** Flushes what is buffered to the target. */
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw new BriefingIOException("Could not flush JSON Lines", e);
    }
  }

  /** Flushes and releases the buffer; the target stays open. */
  @Override
  public void close() {
    try {
      g.close();
    } catch (IOException e) {
      throw new BriefingIOException("Could not flush JSON Lines", e);
    }
  }

  private static int toInt(long line) {
    return line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line;
  }
}
