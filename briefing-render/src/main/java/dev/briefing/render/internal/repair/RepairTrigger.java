package dev.briefing.render.internal.repair;

/**
 * Where the repair would act: whether {@link LineRepairer} changes, or flags as unclear, the
 * character at a position. A writer whose output goes back through the repair (the Markdown
 * renderer) hides exactly these characters from it, so text that was never damaged cannot be
 * "repaired" on its own round trip.
 *
 * <p>The answer is taken from the text alone. Put into a document, a character can only lose
 * a repair, never gain one: a Windows-1252 repair needs its continuation characters right
 * after the lead, and the writer's own markup is ASCII; {@code โ} is left alone only next to a
 * Thai character, which a writer copies unchanged.
 */
public final class RepairTrigger {

  private RepairTrigger() {}

  /**
   * @param c a character
   * @return whether a repair could start at it; false for all but four characters, so callers
   *     can skip the full test for everything else
   */
  public static boolean mayStart(char c) {
    return c == ThaiCodePageRule.DAMAGE || MojibakeRule.mayStart(c);
  }

  /**
   * @param text the text the character stands in
   * @param index its position
   * @return whether the repair would replace the character there, or report it as unclear
   */
  public static boolean at(String text, int index) {
    char c = text.charAt(index);
    if (c == ThaiCodePageRule.DAMAGE) {
      return !ThaiCodePageRule.isThaiText(text, index);
    }
    return MojibakeRule.mayStart(c) && MojibakeRule.match(text, index) != null;
  }
}
