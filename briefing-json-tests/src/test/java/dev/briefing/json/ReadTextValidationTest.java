package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.Source;
import dev.briefing.core.Violation;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A validating read checks each text for plain text while the parser holds its characters, and
 * then leaves only the other rules to validation. Whatever text is in whichever property, it
 * must refuse exactly what reading without validation and then validating refuses, with the
 * same violations, on both backends.
 */
class ReadTextValidationTest {

  /** A text in every property that holds one, each its own marker, to be replaced by bad text. */
  private static final Briefing EVERY_TEXT = Briefing.builder()
      .title("t-title")
      .signal("t-signal")
      .whatHappened("t-what-happened")
      .addImpacts(Impact.of(1, "t-impact"))
      .addAlternativeViews(AlternativeView.of("t-alternative"))
      .addFigures(Figure.builder().value("t-value").label("t-label").source("t-source").asOf("t-as-of").build())
      .addWatchItems(WatchItem.of("t-watch-title", "t-watch-description")
          .withSignposts(Signpost.builder().indicator("t-indicator").threshold("t-threshold").build()))
      .metadata(Metadata.builder().id("t-id").addAuthors("t-author").addTags("t-tag")
          .addSources(Source.of("t-source-title", URI.create("https://example.com/"))).build())
      .build();

  static Stream<BriefingJson> backends() {
    return Stream.of(BriefingJson.create().withBackend("jackson2"), BriefingJson.create().withBackend("jackson3"));
  }

  static Stream<Arguments> badTexts() {
    List<String> markers = List.of("t-title", "t-signal", "t-what-happened", "t-impact", "t-alternative", "t-value",
        "t-label", "t-source", "t-as-of", "t-watch-title", "t-watch-description", "t-indicator", "t-threshold",
        "t-id", "t-author", "t-tag", "t-source-title");
    // As JSON string contents: an escaped control character, a line break, a raw C1 control, a
    // noncharacter, lone surrogates, a pair that is a noncharacter, and a plain emoji pair.
    List<String> texts = List.of("a\\u0001b", "a\\nb", "a\u0085b", "a\uFDD0b", "a\\uD83Db", "a\\uDE00", "\\uD83F\\uDFFF",
        "ok \\uD83D\\uDE00", "tab\\there");
    return backends().flatMap(codec -> markers.stream()
        .flatMap(marker -> texts.stream().map(text -> Arguments.of(codec, marker, text))));
  }

  @ParameterizedTest(name = "{0}: {1} = \"{2}\"")
  @MethodSource("badTexts")
  void refusesWhatValidatingAfterAnUnvalidatedReadRefuses(BriefingJson codec, String marker, String text) {
    String document = codec.withoutValidation().write(EVERY_TEXT).replace("\"" + marker + "\"", "\"" + text + "\"");

    assertThat(outcome(codec, document)).isEqualTo(BriefingValidator.standard().validate(
        codec.withoutValidation().read(document)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"jackson2", "jackson3"})
  void agreesWithValidationOnEveryHostileBriefing(String backend) {
    BriefingJson codec = BriefingJson.create().withBackend(backend);
    Stream.concat(BriefingGenerator.hostileBriefings(300, 81), BriefingGenerator.hostileEditorialBriefings(200, 82))
        .forEach(briefing -> {
          String document = codec.withoutValidation().write(briefing);
          List<Violation> expected = BriefingValidator.standard().validate(codec.withoutValidation().read(document));
          assertThat(outcome(codec, document)).as(document).isEqualTo(expected);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void aLineBreakInASingleLineTextIsAViolationAtItsPath(BriefingJson codec) {
    String document = codec.withoutValidation().write(EVERY_TEXT).replace("\"t-label\"", "\"two\\nlines\"");

    assertThat(outcome(codec, document)).extracting(Violation::toString)
        .containsExactly("figures[0].label: must be a single line, but has a line break at index 3");
  }

  /** @return the violations the validating read threw, or none when it read the document */
  private static List<Violation> outcome(BriefingJson codec, String document) {
    BriefingValidationException e = catchThrowableOfType(BriefingValidationException.class, () -> codec.read(document));
    return e == null ? List.of() : e.violations();
  }
}
