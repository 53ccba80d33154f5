package dev.briefing.json.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates as RFC 3339 date-times: seconds always written, fractions only as long as needed,
 * offset as {@code Z} or {@code +HH:MM}. {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME}
 * is not used because it drops zero seconds ({@code 09:00Z}), which RFC 3339 does not allow.
 *
 * <p>Both directions work on the characters directly rather than through a {@code
 * DateTimeFormatter}, whose general machinery (a parsed-field map, a resolver) costs more than
 * the rest of a metadata object. The accepted grammar is exactly that of the strict formatter
 * this replaced: {@code YYYY-MM-DD}, {@code T} or {@code t}, {@code HH:MM:SS}, optionally a point
 * and up to nine digits (the digits may be absent), then {@code Z}, {@code z} or {@code +HH:MM} /
 * {@code -HH:MM} within ±18:00; ASCII digits only; impossible dates, hour 24 and second 60 are
 * refused.
 */
public final class WireDate {

  /** Longer text is not a date-time; checked before any work. */
  private static final int MAX_LENGTH = 64;
  /** {@code YYYY-MM-DDTHH:MM:SSZ}, the shortest date-time. */
  private static final int MIN_LENGTH = 20;
  private static final int[] NANO_SCALE = {
    1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private WireDate() {}

  /**
   * @return the RFC 3339 text
   * @throws IllegalArgumentException when RFC 3339 cannot hold the date: a year outside
   *     0000-9999 or an offset with seconds
   */
  public static String format(OffsetDateTime dateTime) {
    int year = dateTime.getYear();
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("RFC 3339 has no year " + year);
    }
    int offset = dateTime.getOffset().getTotalSeconds();
    if (offset % 60 != 0) {
      throw new IllegalArgumentException("RFC 3339 has no offset with seconds: " + dateTime.getOffset());
    }
    StringBuilder out = new StringBuilder(36);
    digits(out, year, 4).append('-');
    digits(out, dateTime.getMonthValue(), 2).append('-');
    digits(out, dateTime.getDayOfMonth(), 2).append('T');
    digits(out, dateTime.getHour(), 2).append(':');
    digits(out, dateTime.getMinute(), 2).append(':');
    digits(out, dateTime.getSecond(), 2);
    int nano = dateTime.getNano();
    if (nano != 0) {
      int width = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        width--;
      }
      digits(out.append('.'), nano, width);
    }
    if (offset == 0) {
      return out.append('Z').toString();
    }
    out.append(offset < 0 ? '-' : '+');
    int minutes = Math.abs(offset) / 60;
    digits(out, minutes / 60, 2).append(':');
    return digits(out, minutes % 60, 2).toString();
  }

  /** @return the date-time, or null when the text is not an RFC 3339 date-time */
  public static OffsetDateTime parse(String text) {
    int length = text.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || text.charAt(4) != '-' || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != 't')
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (text.charAt(i) == '.') {
      i++;
      int start = i;
      int end = Math.min(start + 9, length);
      while (i < end && isDigit(text.charAt(i))) {
        nano = nano * 10 + (text.charAt(i) - '0');
        i++;
      }
      nano *= NANO_SCALE[i - start];
    }
    if (i >= length) {
      return null;
    }
    char sign = text.charAt(i);
    int offsetSeconds;
    if (sign == 'Z' || sign == 'z') {
      offsetSeconds = 0;
      i++;
    } else if ((sign == '+' || sign == '-') && i + 6 <= length) {
      int offsetHours = number(text, i + 1, 2);
      int offsetMinutes = number(text, i + 4, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || text.charAt(i + 3) != ':'
          || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 18 * 60) {
        return null;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
      i += 6;
    } else {
      return null;
    }
    if (i != length) {
      return null;
    }
    try {
      // Checks month, day of month (leap years included), hour, minute and second.
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano,
          ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** @return the value of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit */
  private static int number(String text, int from, int count) {
    int value = 0;
    for (int i = from, end = from + count; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Appends {@code value} (not negative) with leading zeros to {@code width} digits. */
  private static StringBuilder digits(StringBuilder out, int value, int width) {
    for (int power = NANO_SCALE[10 - width]; power > 1 && value < power; power /= 10) {
      out.append('0');
    }
    return out.append(value);
  }
}
