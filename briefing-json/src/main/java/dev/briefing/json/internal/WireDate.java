package dev.briefing.json.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Dates as RFC 3339 date-times: seconds always written, fractions only as long as needed,
 * offset as {@code Z} or {@code +HH:MM}. {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} is not
 * used because it drops zero seconds ({@code 09:00Z}), which RFC 3339 does not allow.
 */
public final class WireDate {

  private static final DateTimeFormatter WRITE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendOffset("+HH:MM", "Z")
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);

  // RFC 3339 letters are case-insensitive; its offset has no seconds.
  private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(WRITE)
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private WireDate() {}

  /**
   * @return the RFC 3339 text
   * @throws IllegalArgumentException when RFC 3339 cannot hold the date: a year outside
   *     0000-9999 or an offset with seconds
   */
  public static String format(OffsetDateTime dateTime) {
    if (dateTime.getYear() < 0 || dateTime.getYear() > 9999) {
      throw new IllegalArgumentException("RFC 3339 has no year " + dateTime.getYear());
    }
    if (dateTime.getOffset().getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException("RFC 3339 has no offset with seconds: " + dateTime.getOffset());
    }
    return WRITE.format(dateTime);
  }

  /** @return the date-time, or null when the text is not an RFC 3339 date-time */
  public static OffsetDateTime parse(String text) {
    if (text.length() > 64) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, READ);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
