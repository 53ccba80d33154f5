package dev.briefing.json.internal.shape;

import dev.briefing.json.internal.Problems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date on the wire: RFC 3339's full-date, {@code YYYY-MM-DD}, four-digit year, and a real
 * calendar day ({@code 2026-02-30} is refused).
 */
final class WireFullDate {

  private static final Pattern FORM = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

  private WireFullDate() {}

  static LocalDate parse(WireInput in, String text) {
    Matcher m = FORM.matcher(text);
    if (m.matches()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        // not a calendar day: reported below
      }
    }
    throw in.reader().error(Problems.expected("an RFC 3339 full-date such as \"2026-06-30\"",
        "\"" + Problems.shorten(text) + "\""));
  }

  /** @param date a date in the years 0000 to 9999, which validation requires */
  static String format(LocalDate date) {
    return date.toString();
  }
}
