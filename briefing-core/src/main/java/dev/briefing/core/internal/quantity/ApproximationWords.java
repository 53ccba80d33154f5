package dev.briefing.core.internal.quantity;

/** Markers written before a value that make it approximate: {@code ~40%}, "about 300". */
final class ApproximationWords {
  private static final String[] WORDS = {
    "approximately", "approx.", "approx", "about", "around", "roughly", "nearly", "almost",
    "circa", "ca.", "c.", "some", "over", "more than", "less than", "under", "up to", "at least",
    "est.", "an estimated", "estimated"
  };

  private ApproximationWords() {}

  /** Skips every marker at the cursor; returns whether there was one. */
  static boolean skip(Cursor cursor) {
    boolean found = false;
    while (true) {
      cursor.skipSpaces();
      if (cursor.pos < cursor.s.length() && isSymbol(cursor.s.charAt(cursor.pos))) {
        cursor.pos++;
        found = true;
      } else if (cursor.letterAt(cursor.pos) && cursor.consumeFirstWord(WORDS) >= 0) {
        // Every word starts with a letter; a value mostly starts with a digit or a currency.
        found = true;
      } else {
        return found;
      }
    }
  }

  private static boolean isSymbol(char c) {
    return c == '~' || c == '≈' || c == '>' || c == '<' || c == '≥' || c == '≤';
  }
}
