package dev.briefing.render.internal.repair;

import java.util.List;

/**
 * One line after repair: its text, the fixes made (in line order), the damaged characters left
 * alone because their surroundings did not tell what they were, and the way back from a
 * position in the repaired text to the original.
 */
public final class RepairedLine {

  private final String text;
  private final List<Fix> fixes;
  private final List<Integer> unclear;

  RepairedLine(String text, List<Fix> fixes, List<Integer> unclear) {
    this.text = text;
    this.fixes = List.copyOf(fixes);
    this.unclear = List.copyOf(unclear);
  }

  /** @return the repaired text */
  public String text() {
    return text;
  }

  /** @return the fixes, by position */
  public List<Fix> fixes() {
    return fixes;
  }

  /** @return 0-based original offsets of damaged characters left as they were */
  public List<Integer> unclear() {
    return unclear;
  }

  /**
   * @param repairedOffset a 0-based position in {@link #text()}
   * @return the 0-based position in the original line it came from
   */
  public int originalOffset(int repairedOffset) {
    int shift = 0;
    for (Fix fix : fixes) {
      int repairedStart = fix.offset() - shift;
      if (repairedOffset < repairedStart) {
        break;
      }
      if (repairedOffset < repairedStart + fix.after().length()) {
        return fix.offset();
      }
      shift += fix.before().length() - fix.after().length();
    }
    return repairedOffset + shift;
  }
}
