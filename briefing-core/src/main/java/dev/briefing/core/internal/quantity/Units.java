package dev.briefing.core.internal.quantity;

import java.util.Optional;

/** The unit written after a value: {@code %}, {@code x}, {@code GW}, {@code months}. */
final class Units {
  static final int MAX_LENGTH = 30;
  // Units figures are often written with: read without a copy, and each with its Optional made once.
  private static final String[] COMMON = {
    "%", "x", "GW", "MW", "kW", "GWh", "TWh", "MWh", "km", "kg", "bps", "days", "weeks", "months",
    "years", "tonnes", "people", "employees", "users", "jobs"
  };
  private static final Optional<String>[] COMMON_OPTIONALS = optionals(COMMON);

  private Units() {}

  /**
   * Returns the unit written in {@code s} from {@code start} to {@code end} (not empty, no
   * surrounding whitespace), or null when that text is not a unit.
   */
  static String read(String s, int start, int end) {
    int length = end - start;
    char first = s.charAt(start);
    if (length == 1 && first == '%' || lowerCaseIs(s, start, end, "percent")
        || lowerCaseIs(s, start, end, "per cent") || lowerCaseIs(s, start, end, "pct")) {
      return "%";
    }
    if (lowerCaseIs(s, start, end, "x") || length == 1 && first == '×' || lowerCaseIs(s, start, end, "times")
        || lowerCaseIs(s, start, end, "fold")) {
      return "x";
    }
    if (length > MAX_LENGTH) {
      return null;
    }
    if (!(Character.isLetter(first) || first == '°' || first == 'µ' || first == '/')) {
      return null;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean allowed = Character.isLetter(c) || c == ' ' || c == '/' || c == '°' || c == '²'
          || c == '³' || c == '·' || c == '.' || c == '-' || c == '%';
      if (!allowed) {
        return null;
      }
    }
    for (String common : COMMON) {
      if (common.length() == length && s.startsWith(common, start)) {
        return common;
      }
    }
    return s.substring(start, end);
  }

  /** The unit as an Optional, made once for {@link #COMMON} units. */
  static Optional<String> optional(String unit) {
    if (unit == null) {
      return Optional.empty();
    }
    for (int i = 0; i < COMMON.length; i++) {
      if (COMMON[i].equals(unit)) {
        return COMMON_OPTIONALS[i];
      }
    }
    return Optional.of(unit);
  }

  @SuppressWarnings("unchecked")
  static Optional<String>[] optionals(String[] values) {
    Optional<String>[] optionals = new Optional[values.length];
    for (int i = 0; i < values.length; i++) {
      optionals[i] = Optional.of(values[i]);
    }
    return optionals;
  }

  /**
   * Whether the text lower-cased in the root locale equals {@code word} (lower-case ASCII), without
   * making the lower-cased copy. Only A to Z and the Kelvin sign lower-case to ASCII letters; any
   * other character, including the dotted capital I (which lower-cases to two characters), cannot
   * be part of a match.
   */
  private static boolean lowerCaseIs(String s, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = s.charAt(start + i);
      char w = word.charAt(i);
      boolean same = c == w || c >= 'A' && c <= 'Z' && c + ('a' - 'A') == w || c == '\u212A' && w == 'k';
      if (!same) {
        return false;
      }
    }
    return true;
  }
}
