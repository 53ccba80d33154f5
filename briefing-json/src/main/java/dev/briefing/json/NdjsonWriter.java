package dev.briefing.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.json.internal.jackson2.ModelWriter;
import java.io.IOException;

/**
 * Writes JSON Lines (NDJSON): each briefing as compact JSON on its own line, ended by
 * {@code \n}. Streams through one buffer, so memory does not grow with the number of lines.
 * Not thread-safe; {@link #close()} flushes but does not close the target.
 *
 * <pre>{@code
 * try (NdjsonWriter out = BriefingJson.create().ndjsonWriter(writer)) {
 *   briefings.forEach(out::write);
 * }
 * }</pre>
 */
public final class NdjsonWriter implements AutoCloseable {

  private final JsonGenerator g;
  private long written;

  NdjsonWriter(JsonGenerator g) {
    this.g = g;
    // Lines are separated by our '\n', not by the generator's default root separator (a space).
    g.setRootValueSeparator(null);
  }

  /**
   * Writes one line.
   *
   * @param briefing the briefing
   * @return this writer
   * @throws BriefingIOException when the target fails
   */
  public NdjsonWriter write(Briefing briefing) {
    try {
      ModelWriter.plain(g).briefing(briefing);
      g.writeRaw('\n');
    } catch (JsonProcessingException e) {
      throw new BriefingFormatException(Location.at(toInt(written + 1), 1),
          "cannot write the briefing as JSON: " + e.getOriginalMessage(), e);
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
