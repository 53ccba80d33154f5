package dev.briefing.hardening.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Metadata;
import dev.briefing.core.Violation;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.hardening.support.Exposure;
import dev.briefing.hardening.support.RequiredFormats;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A briefing that validates can be written in every registered format, and comes back equal
 * from each that reads: generated briefings at the edges of what validation allows (publication
 * times at the ends of the years 0001-9999, as written and in UTC, offsets up to ±18:00, nine
 * fraction digits), and generated times across and beyond that range, of which the ones
 * validation passes must write and the others must be refused at {@code metadata.published}.
 */
class WritableEverywhereTest {
  /** HTML's valid global date and time string as the renderer writes it: UTC, year 0001 or later. */
  private static final Pattern HTML_DATETIME =
      Pattern.compile("(\\d{4,})-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?Z");

  static Stream<Arguments> edges() {
    String[] times = {
      "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "0001-01-01T18:00:00+18:00",
      "9999-12-31T05:59:59.999999999-18:00", "2026-02-10T09:00:00.000000001+05:45", "1969-12-31T23:59:59-00:01",
    };
    Stream<Briefing> briefings = BriefingGenerator.validBriefings(times.length * 20, 0xDA7EL);
    int[] next = {0};
    return briefings.map(b -> {
      OffsetDateTime time = OffsetDateTime.parse(times[next[0]++ % times.length]);
      return Arguments.of(time, b.withMetadata(Metadata.builder().from(b.metadata()).published(time).build()));
    });
  }

  static Stream<Arguments> anyTime() {
    Random random = new Random(0x71AEL);
    return BriefingGenerator.validBriefings(300, 0xA11L).map(b -> {
      long seconds = Instant.parse("-1000-01-01T00:00:00Z").getEpochSecond()
          + (long) (random.nextDouble() * 13_000L * 365 * 86_400);
      int offset = random.nextBoolean() ? (random.nextInt(145) - 72) * 900 : random.nextInt(129_601) - 64_800;
      OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000)),
          ZoneOffset.ofTotalSeconds(offset));
      return Arguments.of(time, b.withMetadata(Metadata.builder().from(b.metadata()).published(time).build()));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void briefingsAtTheEdgesOfTheRulesValidateAndWriteInEveryFormat(OffsetDateTime time, Briefing briefing) {
    assertThat(BriefingValidator.standard().validate(briefing)).isEmpty();
    writesEverywhere(briefing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anyTime")
  void whatValidatesWritesAndWhatCannotBeWrittenIsRefused(OffsetDateTime time, Briefing briefing) {
    if (BriefingValidator.standard().validate(briefing).isEmpty()) {
      writesEverywhere(briefing);
    } else {
      assertThat(BriefingValidator.standard().validate(briefing)).extracting(Violation::path)
          .containsExactly("metadata.published");
    }
  }

  private static void writesEverywhere(Briefing briefing) {
    Exposure.check(briefing, briefing.signal());
    if (RequiredFormats.writes("html")) {
      String html = RequiredFormats.renderer("html").render(briefing);
      String datetime = Jsoup.parse(html).selectFirst("time[datetime]").attr("datetime");
      Matcher matcher = HTML_DATETIME.matcher(datetime);
      assertThat(matcher.matches()).as("HTML datetime %s", datetime).isTrue();
      assertThat(Integer.parseInt(matcher.group(1))).as("HTML year of %s", datetime).isPositive();
    }
  }
}
