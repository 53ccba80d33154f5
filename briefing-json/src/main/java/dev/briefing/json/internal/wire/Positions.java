package dev.briefing.json.internal.wire;

import dev.briefing.core.Location;

/**
 * A place in a document as one {@code long}: the line in the high half, the column in the low
 * half, each 0 when unknown. Remembering one costs nothing; a {@link Location} is made only for
 * a message.
 */
public final class Positions {

  /** The place of a token whose line and column the parser does not know. */
  public static final long UNKNOWN = 0L;

  private Positions() {}

  /**
   * @param line from 1, or 0 or less when unknown
   * @param column from 1, or 0 or less when unknown
   * @return the packed place
   */
  public static long of(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
  }

  /**
   * @param position a packed place
   * @param path the JSON path
   * @return the location: line and column when known, always the path
   */
  public static Location location(long position, String path) {
    int line = (int) (position >>> 32);
    int column = (int) position;
    Location.Builder location = Location.builder().path(path);
    if (line > 0) {
      location.line(line);
      if (column > 0) {
        location.column(column);
      }
    }
    return location.build();
  }
}
