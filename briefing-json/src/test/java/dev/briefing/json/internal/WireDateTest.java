package dev.briefing.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireDateTest {

  /**
   * The strict {@code DateTimeFormatter} the hand-written code replaced: the reference for
   * which texts are date-times and what each one means, and for the written form.
   */
  private static final DateTimeFormatter REFERENCE_WRITE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendOffset("+HH:MM", "Z")
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter REFERENCE_READ = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(REFERENCE_WRITE)
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);

  /** Characters a mutation puts in: the grammar's own, near misses and look-alikes. */
  private static final String NOISE = "0123456789-:.,+TtZzXx ١\u00A0\u2212\uFF1A";

  private static OffsetDateTime referenceParse(String text) {
    try {
      return OffsetDateTime.parse(text, REFERENCE_READ);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static Stream<OffsetDateTime> dateTimes() {
    Random random = new Random(3339);
    List<OffsetDateTime> values = new ArrayList<>(List.of(
        OffsetDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(18)),
        OffsetDateTime.of(2024, 2, 29, 12, 30, 5, 100_000_000, ZoneOffset.ofHours(-18)),
        OffsetDateTime.of(2026, 7, 1, 1, 2, 3, 1, ZoneOffset.ofHoursMinutes(0, -30)),
        OffsetDateTime.of(2026, 7, 1, 1, 2, 3, 120_000, ZoneOffset.ofHoursMinutes(5, 45))));
    for (int i = 0; i < 250; i++) {
      int nano = switch (random.nextInt(4)) {
        case 0 -> 0;
        case 1 -> random.nextInt(10) * 100_000_000;
        case 2 -> random.nextInt(1000) * 1000;
        default -> random.nextInt(1_000_000_000);
      };
      values.add(OffsetDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
          random.nextInt(24), random.nextInt(60), random.nextInt(60), nano,
          ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60)));
    }
    return values.stream();
  }

  /** Written date-times, then each changed at random: cases, digits, deletions, insertions. */
  static Stream<String> texts() {
    Random random = new Random(20260210);
    List<String> texts = new ArrayList<>();
    dateTimes().forEach(dateTime -> {
      String written = REFERENCE_WRITE.format(dateTime);
      texts.add(written);
      texts.add(written.toLowerCase(java.util.Locale.ROOT));
      for (int m = 0; m < 4; m++) {
        StringBuilder changed = new StringBuilder(written);
        for (int edits = 1 + random.nextInt(2); edits > 0 && changed.length() > 0; edits--) {
          int at = random.nextInt(changed.length());
          char noise = NOISE.charAt(random.nextInt(NOISE.length()));
          switch (random.nextInt(3)) {
            case 0 -> changed.setCharAt(at, noise);
            case 1 -> changed.deleteCharAt(at);
            default -> changed.insert(at, noise);
          }
        }
        texts.add(changed.toString());
      }
    });
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void parseAcceptsAndReadsExactlyWhatTheStrictFormatterDid(String text) {
    assertThat(WireDate.parse(text)).isEqualTo(referenceParse(text));
  }

  @ParameterizedTest
  @MethodSource("dateTimes")
  void formatWritesWhatTheStrictFormatterDidAndParsesBack(OffsetDateTime dateTime) {
    String wire = WireDate.format(dateTime);

    assertThat(wire).isEqualTo(REFERENCE_WRITE.format(dateTime));
    assertThat(WireDate.parse(wire)).isEqualTo(dateTime);
  }

  @ParameterizedTest
  @CsvSource({
      "2026-02-10T09:00:00Z, 2026-02-10T09:00Z",
      "2026-02-10t09:00:00z, 2026-02-10T09:00Z",
      "2026-02-10T09:00:00.Z, 2026-02-10T09:00Z",
      "2026-02-10T09:00:00.5+05:30, 2026-02-10T09:00:00.500+05:30",
      "2026-02-10T09:00:00.123456789Z, 2026-02-10T09:00:00.123456789Z",
      "2026-02-10T09:00:00-00:00, 2026-02-10T09:00Z",
      "2026-02-10T09:00:00+18:00, 2026-02-10T09:00+18:00",
      "2026-02-10T09:00:00-18:00, 2026-02-10T09:00-18:00",
      "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
      "0000-01-01T00:00:00Z, 0000-01-01T00:00Z",
  })
  void parseReadsEveryFormOfTheGrammar(String text, String expected) {
    assertThat(WireDate.parse(text)).isEqualTo(OffsetDateTime.parse(expected)).isEqualTo(referenceParse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-02-30T09:00:00Z", "2023-02-29T09:00:00Z", "2026-04-31T09:00:00Z", "2026-13-10T09:00:00Z",
      "2026-00-10T09:00:00Z", "2026-01-00T09:00:00Z", "2026-02-10T24:00:00Z", "2026-02-10T23:59:60Z",
      "2026-02-10T23:60:00Z", "2026-02-10T09:00:00.1234567891Z", "2026-02-10T09:00:00+18:01",
      "2026-02-10T09:00:00+19:00", "2026-02-10T09:00:00+24:00", "2026-02-10T09:00:00+01:60",
      "2026-02-10T09:00:00+0100", "2026-02-10T09:00:00+01", "2026-02-10T09:00:00+01:00:00",
      "+2026-02-10T09:00:00Z", "12026-02-10T09:00:00Z", "2026-2-10T09:00:00Z", "2026-02-10 09:00:00Z",
      "2026-02-10T09:00:00", "2026-02-10T09:00:00Zx", "2026-02-10T09:00Z", "2026-02-10T09:00:00,5Z",
      " 2026-02-10T09:00:00Z", "2026-02-10T09:00:00Z ", "٢٠٢٦-02-10T09:00:00Z", "", "2026-02-10T09:00:00.",
  })
  void parseRefusesWhatIsNotAnRfc3339DateTime(String text) {
    assertThat(referenceParse(text)).isNull();
    assertThat(WireDate.parse(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 40, 63})
  void parseRefusesTextLongerThanTheLimitBeforeReadingIt(int extraDigits) {
    String text = "2026-02-10T09:00:00." + "1".repeat(extraDigits) + "Z";

    assertThat(WireDate.parse(text)).isEqualTo(text.length() <= 64 ? referenceParse(text) : null);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10_000})
  void formatRefusesYearsRfc3339CannotHold(int year) {
    OffsetDateTime dateTime = OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    assertThatThrownBy(() -> WireDate.format(dateTime))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no year " + year);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 30, -59})
  void formatRefusesOffsetsWithSeconds(int seconds) {
    OffsetDateTime dateTime = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3600 + seconds));

    assertThatThrownBy(() -> WireDate.format(dateTime))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset with seconds");
  }
}
