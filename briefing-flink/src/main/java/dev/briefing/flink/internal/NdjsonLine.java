package dev.briefing.flink.internal;

/**
 * One line of an NDJSON file as it was read: bytes, not yet text, so that a line that is not
 * UTF-8 is reported like any other bad line instead of failing the file.
 *
 * @param file the file's path
 * @param line the 1-based line number in that file
 * @param bytes the line without its line feed; {@code null} when the line reader refused it
 * @param refused why the line reader refused the line (it was longer than the limit), in the
 *     reader's own words; {@code null} for a line it read
 */
public record NdjsonLine(String file, long line, byte[] bytes, String refused) {

  /**
   * @param file the file's path
   * @return this line, of that file
   */
  public NdjsonLine inFile(String file) {
    return new NdjsonLine(file, line, bytes, refused);
  }
}
