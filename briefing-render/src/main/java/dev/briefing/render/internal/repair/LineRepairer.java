package dev.briefing.render.internal.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs one line in a single left-to-right pass (no regular expressions, no backtracking):
 * Windows-1252 mojibake first, then the Thai code page's {@code โ}.
 */
public final class LineRepairer {

  private LineRepairer() {}

  /**
   * @param line one line, without its line break
   * @return the line repaired; the same text when nothing was damaged
   */
  public static RepairedLine repair(String line) {
    if (!mayBeDamaged(line)) {
      return new RepairedLine(line, List.of(), List.of());
    }
    StringBuilder out = new StringBuilder(line.length());
    List<Fix> fixes = new ArrayList<>();
    List<Integer> unclear = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      Fix fix = null;
      if (MojibakeRule.mayStart(c)) {
        fix = MojibakeRule.match(line, i);
      } else if (c == ThaiCodePageRule.DAMAGE) {
        String replacement = ThaiCodePageRule.replacement(line, i);
        if (replacement != null) {
          fix = new Fix(i, String.valueOf(c), replacement);
        } else if (!ThaiCodePageRule.isThaiText(line, i)) {
          unclear.add(i);
        }
      }
      if (fix == null) {
        out.append(c);
        i++;
      } else {
        fixes.add(fix);
        out.append(fix.after());
        i += fix.before().length();
      }
    }
    return fixes.isEmpty() ? new RepairedLine(line, List.of(), unclear) : new RepairedLine(out.toString(), fixes, unclear);
  }

  private static boolean mayBeDamaged(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ThaiCodePageRule.DAMAGE || MojibakeRule.mayStart(c)) {
        return true;
      }
    }
    return false;
  }
}
