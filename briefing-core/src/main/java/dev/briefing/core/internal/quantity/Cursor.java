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
    return i < s.length() && Character.isLetter(s.charAt(i));
  }

  final void skipSpaces() {
    while (pos < s.length() && s.charAt(pos) == ' ') {
      pos++;
    }
  }

  /** Consumes {@code word} (case-insensitive) when it stands alone at the cursor. */
  final boolean consumeWord(String word) {
    if (!s.regionMatches(true, pos, word, 0, word.length())) {
      return false;
    }
    int end = pos + word.length();
    if (!word.endsWith(".") && letterAt(end)) {
      return false;
    }
    pos = end;
    return true;
  }
}
