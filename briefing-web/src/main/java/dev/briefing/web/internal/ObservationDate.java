package dev.briefing.web.internal;

import java.text.Format;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a figure's as-of as a date when it is one: ISO 8601 ({@code 2026-03-01}, {@code
 * 2026-03}, {@code 2026}) or an English date ({@code 1 March 2026}, {@code March 1, 2026},
 * {@code Mar 2026}). The result is ISO 8601 at the precision written, so "2026" stays a year
 * and is not made into 1 January. Anything else ({@code Q3 2025}, {@code FY2026}) is not a date.
 */
public final class ObservationDate {

  /** The formatter as a {@link Format} of the query's type, whose parse fails with a null; stateless. */
  private record Pattern(Format format) {}

  /**
   * Built on the first as-of that is not a plain ISO date ({@link #isPlainIsoDate}), such as a
   * signed or five-digit year: most as-ofs are plain, and {@code java.time}'s formatters cost
   * more to start than a briefing's JSON-LD.
   */
  private static final class IsoPatterns {
    static final List<Pattern> PATTERNS = List.of(
        pattern("uuuu-MM-dd", LocalDate::from),
        pattern("uuuu-MM", YearMonth::from),
        pattern("uuuu", Year::from));
  }

  /**
   * Built on the first as-of with a letter in it, which only they can read: most as-ofs are
   * ISO dates or years, and the six formatters cost more to build than a briefing's JSON-LD.
   */
  private static final class EnglishPatterns {
    static final List<Pattern> PATTERNS = List.of(
        pattern("d MMMM uuuu", LocalDate::from),
        pattern("d MMM uuuu", LocalDate::from),
        pattern("MMMM d, uuuu", LocalDate::from),
        pattern("MMM d, uuuu", LocalDate::from),
        pattern("MMMM uuuu", YearMonth::from),
        pattern("MMM uuuu", YearMonth::from));
  }

  private ObservationDate() {}

  private static Pattern pattern(String pattern, TemporalQuery<?> query) {
    DateTimeFormatter format = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
    return new Pattern(format.toFormat(query));
  }

  /**
   * @param asOf a figure's as-of as written
   * @return the date in ISO 8601 at the precision written, if the as-of is a date
   */
  public static Optional<String> parse(String asOf) {
    String text = asOf.strip();
    if (text.isEmpty() || text.length() > 20) {
      return Optional.empty();
    }
    if (isPlainIsoDate(text)) {
      return Optional.of(text);
    }
    Optional<String> date = parse(IsoPatterns.PATTERNS, text);
    return date.isEmpty() && hasLetter(text) ? parse(EnglishPatterns.PATTERNS, text) : date;
  }

  private static Optional<String> parse(List<Pattern> patterns, String text) {
    for (Pattern pattern : patterns) {
      Object date = parse(pattern, text);
      if (date != null) {
        return Optional.of(iso(date));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text is {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} with four digits of
   * year and a month and day that exist: what the ISO patterns read it as is the text itself.
   * Anything else, valid or not, is left to the patterns.
   */
  private static boolean isPlainIsoDate(String text) {
    int length = text.length();
    if ((length != 4 && length != 7 && length != 10) || !digits(text, 0, 4)) {
      return false;
    }
    if (length == 4) {
      return true;
    }
    if (text.charAt(4) != '-' || !digits(text, 5, 7)) {
      return false;
    }
    int month = Integer.parseInt(text, 5, 7, 10);
    if (month < 1 || month > 12) {
      return false;
    }
    if (length == 7) {
      return true;
    }
    if (text.charAt(7) != '-' || !digits(text, 8, 10)) {
      return false;
    }
    int day = Integer.parseInt(text, 8, 10, 10);
    return day >= 1 && YearMonth.of(Integer.parseInt(text, 0, 4, 10), month).isValidDay(day);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether an English pattern could read the text: each has a month's name. */
  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text that does not fit the pattern is told by a null, not by an exception: most as-ofs
   * fit none of the patterns, and an exception with its stack for each pattern tried cost more
   * than the rest of the figure's JSON-LD. The whole text must be read, as {@code
   * DateTimeFormatter.parse(text, query)} requires.
   */
  private static Object parse(Pattern pattern, String text) {
    ParsePosition position = new ParsePosition(0);
    Object date = pattern.format().parseObject(text, position);
    return date != null && position.getErrorIndex() < 0 && position.getIndex() == text.length() ? date : null;
  }

  private static String iso(Object date) {
    if (date instanceof Year year) {
      return paddedYear(year.getValue());
    }
    return date.toString();
  }

  /**
   * The year in at least four characters, its sign among them, as {@code %04d} writes it ({@code
   * 0005}, {@code -005}): String.format loads the locale's digits on its first call, which cost
   * more than the rest of the JSON-LD of a briefing.
   */
  private static String paddedYear(int year) {
    String digits = Integer.toString(Math.abs(year));
    String sign = year < 0 ? "-" : "";
    return sign + "0".repeat(Math.max(0, 4 - sign.length() - digits.length())) + digits;
  }
}
