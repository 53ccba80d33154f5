package dev.briefing.core.internal.quantity;

/**
 * Scale words and suffixes: {@code k}, {@code M}, {@code bn}, "trillion", "crore". A scale is
 * read as its power of ten, so that amounts can be scaled in {@code long} arithmetic.
 */
final class Scales {
  /** What {@link #read} returns when there is no scale. */
  static final int NONE = -1;

  private static final String[] WORDS = {
    "thousand", "million", "billion", "trillion", "crore", "lakh", "mln", "mn", "bn", "tn"
  };
  private static final int[] EXPONENTS = {3, 6, 9, 12, 7, 5, 6, 6, 9, 12};

  private Scales() {}

  /**
   * Reads a scale after a number. A single letter counts when attached ({@code 380B},
   * {@code 1.2k}) or, after a space, when upper case or after a currency; so "10 m" stays metres.
   *
   * @return the scale's power of ten, or {@link #NONE}
   */
  static int read(Cursor cursor, boolean afterCurrency) {
    int save = cursor.pos;
    cursor.skipSpaces();
    boolean attached = cursor.pos == save;
    if (!cursor.letterAt(cursor.pos)) {
      // Every scale starts with a letter; most numbers are followed by a unit sign or nothing.
      cursor.pos = save;
      return NONE;
    }
    int word = cursor.consumeFirstWord(WORDS);
    if (word >= 0) {
      return EXPONENTS[word];
    }
    if (!cursor.letterAt(cursor.pos + 1)) {
      char c = cursor.s.charAt(cursor.pos);
      int exponent = letter(Character.toLowerCase(c));
      if (exponent != NONE && (attached || afterCurrency || Character.isUpperCase(c))) {
        cursor.pos++;
        return exponent;
      }
    }
    cursor.pos = save;
    return NONE;
  }

  private static int letter(char c) {
    switch (c) {
      case 'k':
        return 3;
      case 'm':
        return 6;
      case 'b':
        return 9;
      case 't':
        return 12;
      default:
        return NONE;
    }
  }
}
