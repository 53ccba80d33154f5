package dev.briefing.json.internal.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The compact writer must write exactly what {@link ModelWriter} writes on a compact Jackson generator. */
class CompactWriterTest {

  private static final JsonFactory FACTORY = Factories.create(1_000_000, 1_000_000, 100, 1000, 1000, 1_000_000);

  static Stream<Briefing> generated() {
    return Stream.of(
        Stream.of(SeedBriefing.briefing()),
        BriefingGenerator.validBriefings(400, 61),
        BriefingGenerator.hostileBriefings(400, 62))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void writesTheSameCharactersAsTheGenerator(Briefing briefing) {
    assertThat(compact(briefing)).isEqualTo(throughJackson(briefing));
  }

  @Test
  void escapesEveryCharacterAsTheGeneratorDoes() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\ud83d\ude00\ud800 lone \udc00 \ufffe\uffff \"quoted\" back\\slash");
    Briefing briefing = Briefing.builder()
        .title(all.toString())
        .signal("\u0000" + all)
        .whatHappened(all + "\u001f")
        .addImpacts(Impact.of(Integer.MIN_VALUE, "\n"), Impact.of(0, "\t"), Impact.of(Integer.MAX_VALUE, "\\"))
        .addWatchItems(WatchItem.of("\"", ""))
        .build();

    assertThat(compact(briefing)).isEqualTo(throughJackson(briefing));
  }

  @Test
  void writesEveryKindOfDecimalAsTheGeneratorDoes() {
    Briefing briefing = SeedBriefing.briefing().withFigures(
        Figure.of("$123456789012345678901234567890", "beyond a long"),
        Figure.of("0.000000000000000000001%", "a tiny share"),
        Figure.of("-12.50 GW", "negative, with a fraction"),
        Figure.of("~1.5–2 million tonnes", "an approximate range"),
        Figure.of("record", "no quantity"));

    assertThat(compact(briefing)).isEqualTo(throughJackson(briefing));
  }

  @Test
  void writesEveryMetadataPropertyAsTheGeneratorDoes() {
    Briefing onlyTags = SeedBriefing.briefing().withMetadata(Metadata.builder().addTags("a", "b").build());
    Briefing onlyDate = SeedBriefing.briefing().withMetadata(Metadata.builder()
        .published(OffsetDateTime.of(2026, 2, 10, 9, 0, 0, 120_000_000, ZoneOffset.ofHours(-5))).build());

    assertThat(compact(onlyTags)).isEqualTo(throughJackson(onlyTags));
    assertThat(compact(onlyDate)).isEqualTo(throughJackson(onlyDate));
  }

  @Test
  void refusesADateRfc3339CannotHoldBeforeWritingAnything() {
    Briefing briefing = SeedBriefing.briefing().withMetadata(Metadata.builder()
        .published(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).build());

    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class, () -> compact(briefing));

    assertThat(e.location().path()).hasValue("$.metadata.published");
  }

  /** Signal lengths that put every later write of a full briefing across the end of the first array. */
  static Stream<Integer> signalLengths() {
    return Stream.iterate(100, n -> n <= 4000, n -> n + 1);
  }

  @ParameterizedTest
  @MethodSource("signalLengths")
  void writesTheSameWhereverTheFirstArrayRunsOut(int signalLength) {
    Briefing briefing = BriefingGenerator.validBriefings(1, 63).findFirst().orElseThrow()
        .withSignal("s".repeat(signalLength))
        .withFigures(Figure.of("€3.4bn", "a\u0080b"), Figure.of("-12.5 GW", "c"), Figure.of("7", "d"));
    Briefing withMetadata = briefing.withMetadata(Metadata.builder()
        .id("x").language(Locale.CANADA_FRENCH).addAuthors("a").addTags("t")
        .published(OffsetDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC)).build());

    assertThat(compact(briefing)).isEqualTo(throughJackson(briefing));
    assertThat(compact(withMetadata)).isEqualTo(throughJackson(withMetadata));
  }

  @Test
  void aDocumentTooLargeToKeepGivesBackTheArrayItStartedWith() {
    BufferRecycler recycler = new BufferRecycler();
    Briefing huge = SeedBriefing.briefing().withWhatHappened("w".repeat(100_000));

    String json = CompactWriter.write(huge, recycler);
    char[] kept = recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, 1);

    assertThat(json).isEqualTo(throughJackson(huge));
    assertThat(kept.length).isBetween(4000, 0x10000);
  }

  @Test
  void reusesTheArrayItGaveBack() {
    BufferRecycler recycler = new BufferRecycler();
    String first = CompactWriter.write(SeedBriefing.briefing(), recycler);
    String second = CompactWriter.write(SeedBriefing.briefing(), recycler);

    assertThat(second).isEqualTo(first);
    assertThat(recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, 1).length)
        .isGreaterThanOrEqualTo(first.length());
  }

  private static String compact(Briefing briefing) {
    return CompactWriter.write(briefing, new BufferRecycler());
  }

  private static String throughJackson(Briefing briefing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      ModelWriter.plain(g).briefing(briefing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
