package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule once broken and once just kept, so a rule that stopped firing would fail here. */
class ConstraintTest {

  private static final BriefingValidator VALIDATOR = BriefingValidator.standard();
  private static final Briefing SEED = SeedBriefing.briefing();

  private static Arguments rule(String name, UnaryOperator<Briefing> valid, UnaryOperator<Briefing> invalid,
      String path, String message) {
    return Arguments.of(name, valid, invalid, path, message);
  }

  private static Briefing withFigure(Briefing b, Figure figure) {
    return b.withFigures(figure);
  }

  private static Briefing withSource(Briefing b, String title, String url) {
    return b.withMetadata(Metadata.builder().addSources(Source.of(title, URI.create(url))).build());
  }

  private static Briefing published(Briefing b, String dateTime) {
    return b.withMetadata(Metadata.builder().published(OffsetDateTime.parse(dateTime)).build());
  }

  private static Briefing withSignpost(Briefing b, Signpost signpost) {
    return b.withWatchItems(WatchItem.of("t", "d").withSignposts(signpost));
  }

  static Stream<Arguments> rules() {
    Figure figure = Figure.of("$1B", "label");
    Signpost signpost = Signpost.of("indicator");
    return Stream.of(
        rule("signal horizon ahead", b -> b.withSignalHorizon(Period.ofDays(1)), b -> b.withSignalHorizon(Period.ZERO), "signalHorizon", "a period ahead"),
        rule("impact horizon parts not negative", b -> b.withImpacts(Impact.of(1, "x").withHorizon(Period.of(1, 0, 0))),
            b -> b.withImpacts(Impact.of(1, "x").withHorizon(Period.of(1, -1, 0))), "impacts[0].horizon", "not negative"),
        rule("impact horizon parts at most 9999", b -> b.withImpacts(Impact.of(1, "x").withHorizon(Period.ofMonths(9_999))),
            b -> b.withImpacts(Impact.of(1, "x").withHorizon(Period.ofMonths(10_000))), "impacts[0].horizon", "at most 9999"),
        rule("alternative view not blank", b -> b.withAlternativeViews(AlternativeView.of("a")), b -> b.withAlternativeViews(AlternativeView.of(" ")),
            "alternativeViews[0].text", "must not be blank"),
        rule("alternative view length", b -> b.withAlternativeViews(AlternativeView.of("a".repeat(5_000))), b -> b.withAlternativeViews(AlternativeView.of("a".repeat(5_001))),
            "alternativeViews[0].text", "size must be between 0 and 5000"),
        rule("at most 20 alternative views", b -> b.withAlternativeViews(Collections.nCopies(20, AlternativeView.of("a"))),
            b -> b.withAlternativeViews(Collections.nCopies(21, AlternativeView.of("a"))), "alternativeViews", "size must be between 0 and 20"),
        rule("signpost indicator single line", b -> withSignpost(b, signpost), b -> withSignpost(b, signpost.withIndicator("a\nb")),
            "watchItems[0].signposts[0].indicator", "single line"),
        rule("signpost threshold not blank", b -> withSignpost(b, signpost.withThreshold("t")), b -> withSignpost(b, signpost.withThreshold(" ")),
            "watchItems[0].signposts[0].threshold", "must not be blank"),
        rule("signpost review-by year at most 9999", b -> withSignpost(b, signpost.withReviewBy(LocalDate.of(9_999, 12, 31))),
            b -> withSignpost(b, signpost.withReviewBy(LocalDate.of(10_000, 1, 1))), "watchItems[0].signposts[0].reviewBy", "years 0001 to 9999"),
        rule("at most 20 signposts", b -> b.withWatchItems(WatchItem.of("t", "d").withSignposts(Collections.nCopies(20, signpost))),
            b -> b.withWatchItems(WatchItem.of("t", "d").withSignposts(Collections.nCopies(21, signpost))), "watchItems[0].signposts", "size must be between 0 and 20"),
        rule("title not blank", b -> b.withTitle("T"), b -> b.withTitle(" \t"), "title", "must not be blank"),
        rule("title length", b -> b.withTitle("t".repeat(300)), b -> b.withTitle("t".repeat(301)), "title", "size must be between 0 and 300"),
        rule("title single line", b -> b.withTitle("a b"), b -> b.withTitle("a\nb"), "title", "must be a single line"),
        rule("signal not blank", b -> b.withSignal("s"), b -> b.withSignal(""), "signal", "must not be blank"),
        rule("signal length", b -> b.withSignal("s".repeat(5_000)), b -> b.withSignal("s".repeat(5_001)), "signal", "size must be between 0 and 5000"),
        rule("signal paragraphs allowed, controls not", b -> b.withSignal("a\n\nb\tc"), b -> b.withSignal("a\u0007b"), "signal", "control character U+0007 at index 1"),
        rule("signal C1 control", b -> b.withSignal("a\u00A0b"), b -> b.withSignal("a\u0085b"), "signal", "control character U+0085"),
        rule("signal BMP noncharacter", b -> b.withSignal("a\uFFFDb"), b -> b.withSignal("a\uFFFFb"), "signal", "noncharacter U+FFFF at index 1"),
        rule("signal noncharacter block", b -> b.withSignal("a\uFDCFb\uFDF0"), b -> b.withSignal("a\uFDD0b"), "signal", "noncharacter U+FDD0"),
        rule("signal supplementary noncharacter", b -> b.withSignal("a\uD83F\uDFFDb"), b -> b.withSignal("a\uD83F\uDFFEb"), "signal", "noncharacter U+1FFFE at index 1"),
        rule("signal surrogates paired", b -> b.withSignal("a😀b"), b -> b.withSignal("a\uD83Db"), "signal", "lone surrogate"),
        rule("whatHappened not blank", b -> b.withWhatHappened("w"), b -> b.withWhatHappened("\n"), "whatHappened", "must not be blank"),
        rule("whatHappened length", b -> b.withWhatHappened("w".repeat(20_000)), b -> b.withWhatHappened("w".repeat(20_001)), "whatHappened", "size must be between 0 and 20000"),
        rule("impact order at least 1", b -> b.withImpacts(Impact.of(1, "x")), b -> b.withImpacts(Impact.of(0, "x")), "impacts[0].order", "must be greater than or equal to 1"),
        rule("impact order at most 10", b -> b.withImpacts(Impact.of(10, "x")), b -> b.withImpacts(Impact.of(11, "x")), "impacts[0].order", "must be less than or equal to 10"),
        rule("impact text not blank", b -> b.withImpacts(Impact.of(1, "x")), b -> b.withImpacts(Impact.of(1, " ")), "impacts[0].text", "must not be blank"),
        rule("impacts sorted", b -> b.withImpacts(Impact.of(1, "a"), Impact.of(1, "b"), Impact.of(2, "c")),
            b -> b.withImpacts(Impact.of(1, "a"), Impact.of(3, "b"), Impact.of(2, "c")), "impacts[2].order", "must not be lower than the order before it (3)"),
        rule("at most 100 impacts", b -> b.withImpacts(Collections.nCopies(100, Impact.of(1, "x"))),
            b -> b.withImpacts(Collections.nCopies(101, Impact.of(1, "x"))), "impacts", "size must be between 0 and 100"),
        rule("figure value not blank", b -> withFigure(b, figure), b -> withFigure(b, figure.withValue(" ")), "figures[0].value", "must not be blank"),
        rule("figure value length", b -> withFigure(b, figure.withValue("1".repeat(100))), b -> withFigure(b, figure.withValue("1".repeat(101))), "figures[0].value", "size must be between 0 and 100"),
        rule("figure label single line", b -> withFigure(b, figure.withLabel("a b")), b -> withFigure(b, figure.withLabel("a\nb")), "figures[0].label", "single line"),
        rule("figure source not blank", b -> withFigure(b, figure.withSource("s")), b -> withFigure(b, figure.withSource("  ")), "figures[0].source", "must not be blank"),
        rule("figure asOf length", b -> withFigure(b, figure.withAsOf("2".repeat(100))), b -> withFigure(b, figure.withAsOf("2".repeat(101))), "figures[0].asOf", "size must be between 0 and 100"),
        rule("at most 1000 figures", b -> b.withFigures(Collections.nCopies(1_000, figure)),
            b -> b.withFigures(Collections.nCopies(1_001, figure)), "figures", "size must be between 0 and 1000"),
        rule("watch title not blank", b -> b.withWatchItems(WatchItem.of("t", "d")), b -> b.withWatchItems(WatchItem.of("", "d")), "watchItems[0].title", "must not be blank"),
        rule("watch title length", b -> b.withWatchItems(WatchItem.of("t".repeat(200), "d")), b -> b.withWatchItems(WatchItem.of("t".repeat(201), "d")), "watchItems[0].title", "size must be between 0 and 200"),
        rule("watch description plain", b -> b.withWatchItems(WatchItem.of("t", "d")), b -> b.withWatchItems(WatchItem.of("t", "d\u001B[31m")), "watchItems[0].description", "control character U+001B"),
        rule("metadata id not blank", b -> b.withMetadata(Metadata.builder().id("x").build()), b -> b.withMetadata(Metadata.builder().id(" ").build()), "metadata.id", "must not be blank"),
        rule("author not blank", b -> b.withMetadata(Metadata.builder().addAuthors("a").build()), b -> b.withMetadata(Metadata.builder().addAuthors("a", "").build()), "metadata.authors[1]", "must not be blank"),
        rule("tag length", b -> b.withMetadata(Metadata.builder().addTags("t".repeat(100)).build()), b -> b.withMetadata(Metadata.builder().addTags("t".repeat(101)).build()), "metadata.tags[0]", "size must be between 0 and 100"),
        rule("at most 50 tags", b -> b.withMetadata(Metadata.builder().tags(Collections.nCopies(50, "t")).build()),
            b -> b.withMetadata(Metadata.builder().tags(Collections.nCopies(51, "t")).build()), "metadata.tags", "size must be between 0 and 50"),
        rule("at most 200 watch items", b -> b.withWatchItems(Collections.nCopies(200, WatchItem.of("t", "d"))),
            b -> b.withWatchItems(Collections.nCopies(201, WatchItem.of("t", "d"))), "watchItems", "size must be between 0 and 200"),
        rule("at most 200 sources", b -> b.withMetadata(Metadata.builder().sources(Collections.nCopies(200, Source.of("t", URI.create("https://x.example/")))).build()),
            b -> b.withMetadata(Metadata.builder().sources(Collections.nCopies(201, Source.of("t", URI.create("https://x.example/")))).build()),
            "metadata.sources", "size must be between 0 and 200"),
        rule("source title not blank", b -> withSource(b, "t", "https://x.example/"), b -> withSource(b, "", "https://x.example/"), "metadata.sources[0].title", "must not be blank"),
        rule("source url https", b -> withSource(b, "t", "HTTPS://x.example/"), b -> withSource(b, "t", "ftp://x.example/"), "metadata.sources[0].url", "http or https"),
        rule("source url http", b -> withSource(b, "t", "http://x.example/a?b#c"), b -> withSource(b, "t", "javascript:alert(1)"), "metadata.sources[0].url", "http or https"),
        rule("source url absolute", b -> withSource(b, "t", "http://x.example"), b -> withSource(b, "t", "/relative/path"), "metadata.sources[0].url", "http or https"),
        rule("source url has host", b -> withSource(b, "t", "https://x.example/"), b -> withSource(b, "t", "https:///nohost"), "metadata.sources[0].url", "with a host"),
        rule("published year at most 9999", b -> published(b, "9999-12-31T23:59:59.999999999Z"), b -> published(b, "+10000-01-01T00:00:00Z"),
            "metadata.published", "years 0001 to 9999"),
        rule("published year at least 0001", b -> published(b, "0001-01-01T00:00:00Z"), b -> published(b, "0000-12-31T23:59:59Z"),
            "metadata.published", "years 0001 to 9999"),
        rule("published year in UTC at most 9999", b -> published(b, "9999-12-31T18:59:59-05:00"), b -> published(b, "9999-12-31T19:00:00-05:00"),
            "metadata.published", "also in UTC"),
        rule("published year in UTC at least 0001", b -> published(b, "0001-01-01T00:30:00Z"), b -> published(b, "0001-01-01T00:30:00+01:00"),
            "metadata.published", "also in UTC"),
        rule("published offset whole minutes", b -> published(b, "2026-02-10T09:00:00+05:45"), b -> published(b, "2026-02-10T09:00:00+05:45:30"),
            "metadata.published", "whole minutes"),
        rule("source url length", b -> withSource(b, "t", "https://x.example/" + "a".repeat(1_982)), b -> withSource(b, "t", "https://x.example/" + "a".repeat(1_983)), "metadata.sources[0].url", "http or https"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleAcceptsTheEdgeAndReportsTheBreakWithItsPath(String name, UnaryOperator<Briefing> valid,
      UnaryOperator<Briefing> invalid, String path, String message) {
    assertThat(VALIDATOR.validate(valid.apply(SEED))).as("valid case").isEmpty();

    List<Violation> violations = VALIDATOR.validate(invalid.apply(SEED));
    assertThat(violations).as("invalid case").hasSize(1);
    assertThat(violations.get(0).path()).isEqualTo(path);
    assertThat(violations.get(0).message()).contains(message);
  }
}
