package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson 2, Jackson 3 and the compact writer are three backends of one wire shape: for the
 * seed and 1,200 generated briefings (half of them hostile) they must write the same bytes,
 * compact and indented, read each back to an equal briefing, and fail on broken documents with
 * the same message, line, column and path.
 */
@Tag("generated-corpus")
class DifferentialBackendsTest {

  private static final BriefingJson JACKSON2 = BriefingJson.create().withBackend("jackson2").withoutValidation();
  private static final BriefingJson JACKSON3 = BriefingJson.create().withBackend("jackson3").withoutValidation();

  static Stream<Briefing> corpus() {
    return Stream.of(
        Stream.of(SeedBriefing.briefing(), awkward(), everyMetadataPart(), everyKindOfDecimal()),
        BriefingGenerator.validBriefings(600, 71),
        BriefingGenerator.hostileBriefings(600, 72),
        Stream.of(SeedBriefing.editorialBriefing()),
        BriefingGenerator.validEditorialBriefings(300, 73),
        BriefingGenerator.hostileEditorialBriefings(300, 74))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void bothJacksonsAndTheCompactWriterWriteTheSameCompactText(Briefing briefing) {
    String compact = JACKSON3.write(briefing);

    assertThat(JACKSON2.write(briefing)).isEqualTo(compact);
    assertThat(throughWriter(JACKSON2, briefing)).isEqualTo(compact);
    assertThat(throughWriter(JACKSON3, briefing)).isEqualTo(compact);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void bothJacksonsWriteTheSameIndentedText(Briefing briefing) {
    assertThat(JACKSON2.pretty().write(briefing)).isEqualTo(JACKSON3.pretty().write(briefing));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void bothJacksonsWriteTheSameUtf8Bytes(Briefing briefing) {
    assertThat(outcome(() -> throughStream(JACKSON2, briefing)))
        .isEqualTo(outcome(() -> throughStream(JACKSON3, briefing)));
    assertThat(outcome(() -> throughStream(JACKSON2.pretty(), briefing)))
        .isEqualTo(outcome(() -> throughStream(JACKSON3.pretty(), briefing)));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void bothJacksonsReadEveryDocumentBackToAnEqualBriefing(Briefing briefing) {
    String compact = JACKSON3.write(briefing);
    String pretty = JACKSON3.pretty().write(briefing);

    assertThat(JACKSON2.read(compact)).isEqualTo(briefing);
    assertThat(JACKSON3.read(compact)).isEqualTo(briefing);
    assertThat(JACKSON2.read(new StringReader(pretty))).isEqualTo(briefing);
    assertThat(JACKSON3.read(new StringReader(pretty))).isEqualTo(briefing);
  }

  @ParameterizedTest
  @MethodSource("dev.briefing.json.MangledInputTest#mangledDocuments")
  void bothJacksonsFailAlikeOnEveryMangledDocument(String document) {
    for (boolean lenient : new boolean[] {false, true}) {
      BriefingJson two = lenient ? JACKSON2.lenient() : JACKSON2;
      BriefingJson three = lenient ? JACKSON3.lenient() : JACKSON3;
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

      assertThat(outcome(() -> two.readDocument(document)))
          .isEqualTo(outcome(() -> three.readDocument(document)));
      assertThat(outcome(() -> two.readDocument(new StringReader(document))))
          .isEqualTo(outcome(() -> three.readDocument(new StringReader(document))));
      assertThat(outcome(() -> two.readDocument(new ByteArrayInputStream(bytes))))
          .isEqualTo(outcome(() -> three.readDocument(new ByteArrayInputStream(bytes))));
    }
  }

  @Test
  void theCorpusHasTheSizeTheTestPromises() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(1_001);
  }

  @Test
  void theCodecNamesTheBackendItRunsOn() {
    assertThat(JACKSON2.backend()).isEqualTo("jackson2");
    assertThat(JACKSON3.backend()).isEqualTo("jackson3");
  }

  /** @return the value, or what went wrong, as text that two backends must agree on */
  private static String outcome(Supplier<?> read) {
    try {
      Object value = read.get();
      return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8) : String.valueOf(value);
    } catch (BriefingFormatException e) {
      return "format error: " + e.getMessage() + " " + e.location();
    } catch (BriefingException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String throughWriter(BriefingJson json, Briefing briefing) {
    StringWriter out = new StringWriter();
    json.write(briefing, out);
    return out.toString();
  }

  private static byte[] throughStream(BriefingJson json, Briefing briefing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(briefing, out);
    return out.toByteArray();
  }

  private static Briefing awkward() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\ud83d\ude00 / </script> \ufffe\uffff \"quoted\" back\\slash");
    return Briefing.builder()
        .title(all.toString())
        .signal("\u0000" + all)
        .whatHappened(all + "\u001f")
        .addImpacts(Impact.of(Integer.MIN_VALUE, "\n"), Impact.of(0, "\t"), Impact.of(Integer.MAX_VALUE, "\\"))
        .addWatchItems(WatchItem.of("\"", ""))
        .build();
  }

  private static Briefing everyMetadataPart() {
    return SeedBriefing.briefing().withMetadata(Metadata.builder()
        .id("x").language(Locale.CANADA_FRENCH).addAuthors("a").addTags("t", "u")
        .published(OffsetDateTime.of(2026, 2, 10, 9, 0, 0, 120_000_000, ZoneOffset.ofHours(-5))).build());
  }

  private static Briefing everyKindOfDecimal() {
    return SeedBriefing.briefing().withFigures(
        Figure.of("$123456789012345678901234567890", "beyond a long"),
        Figure.of("0.000000000000000000001%", "a tiny share"),
        Figure.of("-12.50 GW", "negative, with a fraction"),
        Figure.of("~1.5–2 million tonnes", "an approximate range"),
        Figure.of("record", "no quantity"));
  }
}
