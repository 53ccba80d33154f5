package dev.briefing.core.internal.quantity;

/** A read position in a normalized value, with the primitive steps every reader shares. */
class Cursor {
  final String s;
  int pos;

  Cursor(String text) {
    this.s = text;
  }

  final boolean digitAt(int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  final boolean letterAt(int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    // The ASCII letters are A to Z and a to z; only other characters need the Unicode tables.
    return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }

  final void skipSpaces() {
    while (pos < s.length() && s.charAt(pos) == ' ') {
      pos++;
    }
  }

  /** Consumes {@code word} (lower-case ASCII, matched ignoring case) when it stands alone at the cursor. */
  final boolean consumeWord(String word) {
    if (!matchesIgnoringCase(word)) {
      return false;
    }
    int end = pos + word.length();
    if (!word.endsWith(".") && letterAt(end)) {
      return false;
    }
    pos = end;
    return true;
  }

  /**
   * Consumes the first of {@code words} (lower-case ASCII, tried in order) that stands alone at
   * the cursor; returns its index, or -1.
   *
   * <p>An ASCII letter at the cursor can only match a word that starts with the same letter, so
   * the others are not tried. Any other character goes through every word, because a few
   * non-ASCII letters (dotless i, long s, Kelvin sign) match ASCII letters ignoring case.
   */
  final int consumeFirstWord(String[] words) {
    char first = s.charAt(pos);
    char lower = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
    boolean ascii = first < 0x80;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if ((!ascii || word.charAt(0) == lower) && consumeWord(word)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code s.regionMatches(true, pos, word, 0, word.length())}, with the common all-ASCII case
   * compared directly: an ASCII character matches a lower-case ASCII word character only as
   * itself or its upper case. A non-ASCII character leaves the answer to regionMatches.
   */
  private boolean matchesIgnoringCase(String word) {
    int length = word.length();
    if (pos + length > s.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(pos + i);
      if (c >= 0x80) {
        return s.regionMatches(true, pos, word, 0, length);
      }
      char w = word.charAt(i);
      if (c != w && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == w)) {
        return false;
      }
    }
    return true;
  }
}
