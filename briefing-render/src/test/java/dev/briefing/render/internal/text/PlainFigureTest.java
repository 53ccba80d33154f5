package dev.briefing.render.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Figure;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figure line's shortcut decides as the exact read-back does: generated fields built from
 * the pieces the plain line's reader reacts to (": ", parentheses, ", ", dates, whitespace,
 * backslashes, bullets, characters cleaning replaces) never get a different line.
 */
class PlainFigureTest {

  private static final String[] PIECES = {
    "a", "Total", "$72.3B", ": ", ":", "(", ")", " (", "(est)", ", ", ",", ".", " ", "\t", "\u00A0",
    "\u2003", "\\", "- ", "* ", "\u2022 ", "\u2014", "\u2013", "2026", "1999", "Q3", "March", "mid",
    "FY26", "12", "of", "Reuters", "\"", "\u212A", "\u00E9", "\u00C2\u00AF", "\u00E2\u20AC", "\u0E42",
    "\u0001", "\n", "\uD83D\uDE00", "\uD83D", "-", "/",
  };

  static Stream<Figure> generated() {
    Random random = new Random(20_261_125L);
    return Stream.generate(() -> figure(random)).limit(4000);
  }

  private static Figure figure(Random random) {
    Figure.Builder figure = Figure.builder().value(field(random)).label(field(random));
    int notes = random.nextInt(4);
    if ((notes & 1) != 0) {
      figure.source(field(random));
    }
    if ((notes & 2) != 0) {
      figure.asOf(random.nextBoolean() ? field(random) : date(random));
    }
    return figure.build();
  }

  /** Mostly ordinary words, with a boundary piece often enough to reach every condition. */
  private static String field(Random random) {
    StringBuilder text = new StringBuilder();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      text.append(random.nextInt(3) == 0 ? "word" : PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static String date(Random random) {
    String[] dates = {"2026", "February 2026", "Q3 2025", "2026-02-10", "mid-2025", "FY2026", "3000", "12"};
    return dates[random.nextInt(dates.length)];
  }

  @ParameterizedTest
  @MethodSource("generated")
  void writesTheSameLineAsReadingTheLineBack(Figure figure) throws IOException {
    StringBuilder fast = new StringBuilder();
    StringBuilder exact = new StringBuilder();

    FigureLine.write(figure, fast);
    FigureLine.writeChecked(figure, exact);

    assertThat(fast.toString()).isEqualTo(exact.toString());
  }

  @ParameterizedTest
  @MethodSource("generated")
  void takesTheShortcutOnlyForALineThatReadsBack(Figure figure) throws IOException {
    StringBuilder exact = new StringBuilder();
    FigureLine.writeChecked(figure, exact);

    boolean plainReadsBack = figure.equals(FigureLine.read(exact.substring(2)));

    if (PlainFigure.readsBack(figure)) {
      assertThat(plainReadsBack).as(exact.toString()).isTrue();
      assertThat(exact.charAt(2)).isNotEqualTo(TextEscape.MARK);
    }
  }

  static Stream<Figure> ordinary() {
    return Stream.concat(SeedBriefing.briefing().figures().stream(), Stream.of(
        Figure.builder().value("$72.3B").label("Capital raised").source("TechCrunch").asOf("February 2026").build(),
        Figure.builder().value("~40%").label("Share (est.) of spend").asOf("2026").build(),
        Figure.builder().value("3.5x").label("Growth").source("Industry \"tracker\" no. 4").build(),
        Figure.builder().value("a:b").label("Ratio: tokens per joule.").build(),
        Figure.builder().value("1.2 GW").label("Power").source("Reuters/AP").build(),
        Figure.builder().value("18 months").label("Lead time").source("Reuters, AP").asOf("Q3 2025").build()));
  }

  @ParameterizedTest
  @MethodSource("ordinary")
  void provesOrdinaryFiguresPlainWithoutReadingThemBack(Figure figure) {
    assertThat(PlainFigure.readsBack(figure)).isTrue();
  }

  static Stream<Figure> needsTheReadBack() {
    return Stream.of(
        Figure.of("a: b", "label"),
        Figure.of("\\a", "label"),
        Figure.of(" a", "label"),
        Figure.of("a", "label "),
        Figure.of("a", "Total (est)"),
        Figure.of("a\u0001", "label"),
        Figure.builder().value("a").label("b").source("2026").build(),
        Figure.builder().value("a").label("b").source("x (y)").build(),
        Figure.builder().value("a").label("b").source("TechCrunch, 2026").build(),
        Figure.builder().value("a").label("b").asOf("soon").build(),
        Figure.builder().value("a").label("b").source("March").asOf("2026").build(),
        Figure.builder().value("a").label("b").source("x").asOf("2026, 2027").build());
  }

  @ParameterizedTest
  @MethodSource("needsTheReadBack")
  void leavesBoundaryFiguresToTheReadBack(Figure figure) {
    assertThat(PlainFigure.readsBack(figure)).isFalse();
  }
}
