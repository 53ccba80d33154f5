package dev.briefing.core.internal.quantity;

/** The unit written after a value: {@code %}, {@code x}, {@code GW}, {@code months}. */
final class Units {
  static final int MAX_LENGTH = 30;

  private Units() {}

  /** Returns the unit in {@code rest}, or null when {@code rest} is not a unit. */
  static String read(String rest) {
    String lower = rest.toLowerCase(java.util.Locale.ROOT);
    if (rest.equals("%") || lower.equals("percent") || lower.equals("per cent") || lower.equals("pct")) {
      return "%";
    }
    if (lower.equals("x") || rest.equals("×") || lower.equals("times") || lower.equals("fold")) {
      return "x";
    }
    if (rest.length() > MAX_LENGTH) {
      return null;
    }
    char first = rest.charAt(0);
    if (!(Character.isLetter(first) || first == '°' || first == 'µ' || first == '/')) {
      return null;
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      boolean allowed = Character.isLetter(c) || c == ' ' || c == '/' || c == '°' || c == '²'
          || c == '³' || c == '·' || c == '.' || c == '-' || c == '%';
      if (!allowed) {
        return null;
      }
    }
    return rest;
  }
}
