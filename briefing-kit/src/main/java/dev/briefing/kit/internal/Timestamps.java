package dev.briefing.kit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How renderers write a publication time. */
public final class Timestamps {
  private static final DateTimeFormatter HTML_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");
  private static final DateTimeFormatter HTML_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  private Timestamps() {}

  /**
   * @param time a time
   * @return RFC 3339 with the original offset, seconds always present, fraction only when
   *     non-zero; {@link OffsetDateTime#parse(CharSequence)} reads it back to an equal value
   */
  public static String iso(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /**
   * @param time a time
   * @return the same instant as an HTML "valid global date and time string": UTC, at most
   *     three fraction digits (HTML allows no more)
   */
  public static String htmlDateTime(OffsetDateTime time) {
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    return (utc.getNano() == 0 ? HTML_SECONDS : HTML_MILLIS).format(utc);
  }
}
