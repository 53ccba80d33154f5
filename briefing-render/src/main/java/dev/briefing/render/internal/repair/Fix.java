package dev.briefing.render.internal.repair;

/**
 * One replacement in a line.
 *
 * @param offset 0-based position of {@code before} in the original line
 * @param before the damaged text
 * @param after its replacement
 * @param repair true for a repair of damage; false for the removal of an escape, which moves
 *     positions like a repair but is no repair to report
 */
public record Fix(int offset, String before, String after, boolean repair) {

  /**
   * A repair of damage.
   *
   * @param offset 0-based position of {@code before} in the original line
   * @param before the damaged text
   * @param after its replacement
   */
  public Fix(int offset, String before, String after) {
    this(offset, before, after, true);
  }
}
