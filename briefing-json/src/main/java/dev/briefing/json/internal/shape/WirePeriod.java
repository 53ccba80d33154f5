package dev.briefing.json.internal.shape;

import dev.briefing.json.internal.Problems;
import java.io.IOException;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A horizon on the wire: an ISO 8601 period of years, months and days as {@link Period#toString()}
 * writes it ({@code "P18M"}, {@code "P1Y6M"}, {@code "P10D"}), each part kept as given. Read
 * strictly: no weeks, times, signs or fractions, at most four digits a part.
 */
final class WirePeriod {

  private static final Pattern FORM =
      Pattern.compile("P(?:([0-9]{1,4})Y)?(?:([0-9]{1,4})M)?(?:([0-9]{1,4})D)?");

  private WirePeriod() {}

  /** @return the period at the property the reader is on, or null for a null read as absent */
  static Period read(WireInput in) throws IOException {
    String text = in.optionalString();
    if (text == null) {
      return null;
    }
    Matcher m = FORM.matcher(text);
    if (text.length() < 2 || !m.matches()) {
      throw in.reader().error(Problems.expected("an ISO 8601 period of years, months and days such as \"P18M\"",
          "\"" + Problems.shorten(text) + "\""));
    }
    return Period.of(part(m.group(1)), part(m.group(2)), part(m.group(3)));
  }

  static void write(WireOutput out, String name, Optional<Period> value) throws IOException {
    if (value.isPresent()) {
      out.property(name, value.get().toString());
    }
  }

  /** @return whether the wire form holds the period: each part 0 to 9999 */
  static boolean writable(Period period) {
    return part(period.getYears()) && part(period.getMonths()) && part(period.getDays());
  }

  private static boolean part(int value) {
    return value >= 0 && value <= 9999;
  }

  private static int part(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
