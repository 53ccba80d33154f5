package dev.briefing.editorial.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A horizon in words, each part as given: {@code P18M} is "18 months", {@code P1Y6M} "1 year 6 months". */
final class Horizons {

  private Horizons() {}

  static String words(Period period) {
    List<String> parts = new ArrayList<>(3);
    part(parts, period.getYears(), "year");
    part(parts, period.getMonths(), "month");
    part(parts, period.getDays(), "day");
    return parts.isEmpty() ? "0 days" : String.join(" ", parts);
  }

  private static void part(List<String> parts, int count, String unit) {
    if (count != 0) {
      parts.add(count + " " + unit + (Math.abs(count) == 1 ? "" : "s"));
    }
  }
}
