package dev.briefing.render.internal.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs one line in a single left-to-right pass (no regular expressions, no backtracking):
 * Windows-1252 mojibake first, then the Thai code page's {@code โ}.
 *
 * <p>For the plain-text layout a backslash right before a character the repair looks at
 * ({@code â}, {@code Â}, {@code Ã}, {@code โ}) says the character is meant: the backslash is
 * removed and the character kept. The repair then looks at the line without those
 * backslashes, which is the line its writer saw (see {@link RepairTrigger}).
 */
public final class LineRepairer {

  private static final char ESCAPE = '\\';

  private LineRepairer() {}

  /**
   * @param line one line, without its line break
   * @return the line repaired; the same text when nothing was damaged
   */
  public static RepairedLine repair(String line) {
    return repair(line, true, false);
  }

  /**
   * @param line one line, without its line break
   * @param repair whether to repair damage
   * @param escapes whether a backslash keeps the character after it from the repair
   * @return the line, with escapes removed and damage repaired as asked
   */
  public static RepairedLine repair(String line, boolean repair, boolean escapes) {
    if (!escapes || !hasEscape(line)) {
      return repair && mayBeDamaged(line) ? repairText(line, null, null) : new RepairedLine(line, List.of(), List.of());
    }
    StringBuilder text = new StringBuilder(line.length());
    List<Fix> removed = new ArrayList<>();
    boolean[] kept = new boolean[line.length()];
    int[] shift = new int[line.length() + 1];
    int removedCount = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ESCAPE && i + 1 < line.length() && RepairTrigger.mayStart(line.charAt(i + 1))) {
        removed.add(new Fix(i, line.substring(i, i + 2), line.substring(i + 1, i + 2), false));
        removedCount++;
        kept[text.length()] = true;
        shift[text.length()] = removedCount;
        text.append(line.charAt(++i));
        continue;
      }
      shift[text.length()] = removedCount;
      text.append(c);
    }
    String unescaped = text.toString();
    RepairedLine repaired = repair
        ? repairText(unescaped, kept, shift)
        : new RepairedLine(unescaped, List.of(), List.of());
    List<Fix> fixes = new ArrayList<>(removed.size() + repaired.fixes().size());
    int r = 0;
    for (Fix fix : repaired.fixes()) {
      while (r < removed.size() && removed.get(r).offset() < fix.offset()) {
        fixes.add(removed.get(r++));
      }
      fixes.add(fix);
    }
    fixes.addAll(removed.subList(r, removed.size()));
    return new RepairedLine(repaired.text(), fixes, repaired.unclear());
  }

  /**
   * @param kept positions in {@code line} not to touch, or null
   * @param shift how many characters were removed before each position of {@code line}, to
   *     report fixes at their original offsets; or null
   */
  private static RepairedLine repairText(String line, boolean[] kept, int[] shift) {
    StringBuilder out = new StringBuilder(line.length());
    List<Fix> fixes = new ArrayList<>();
    List<Integer> unclear = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      Fix fix = null;
      if (kept != null && kept[i]) {
        fix = null;
      } else if (MojibakeRule.mayStart(c)) {
        fix = MojibakeRule.match(line, i);
      } else if (c == ThaiCodePageRule.DAMAGE) {
        String replacement = ThaiCodePageRule.replacement(line, i);
        if (replacement != null) {
          fix = new Fix(i, String.valueOf(c), replacement);
        } else if (!ThaiCodePageRule.isThaiText(line, i)) {
          unclear.add(original(i, shift));
        }
      }
      if (fix == null) {
        out.append(c);
        i++;
      } else {
        fixes.add(shift == null ? fix : new Fix(original(fix.offset(), shift), fix.before(), fix.after()));
        out.append(fix.after());
        i += fix.before().length();
      }
    }
    return fixes.isEmpty() ? new RepairedLine(line, List.of(), unclear) : new RepairedLine(out.toString(), fixes, unclear);
  }

  private static int original(int offset, int[] shift) {
    return shift == null ? offset : offset + shift[offset];
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

  private static boolean hasEscape(String line) {
    for (int i = 0; i + 1 < line.length(); i++) {
      if (line.charAt(i) == ESCAPE && RepairTrigger.mayStart(line.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
