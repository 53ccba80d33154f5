package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.ParseWarning;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No message of the exception family, whoever builds it, carries a raw control character: an
 * unknown property named with a terminal command must reach a terminal as text.
 */
class MessageEscapingTest {
  private static final String CLEAR = "x\u001B[2J";
  private static final String TITLE = "\u001B]0;owned\u0007";

  static Stream<Arguments> exceptions() {
    Location where = Location.at(2, 3).withPath("$." + CLEAR).withInput("in" + TITLE + ".json");
    return Stream.of(
        Arguments.of("root", new BriefingException("unknown property '" + CLEAR + "'")),
        Arguments.of("root with cause", new BriefingException(TITLE, new IllegalStateException())),
        Arguments.of("format", new BriefingFormatException(where, "unknown property '" + CLEAR + "'")),
        Arguments.of("validation", new BriefingValidationException(List.of(Violation.of("signal", "bad " + TITLE)))),
        Arguments.of("unknown format", new UnknownFormatException("no format '" + CLEAR + "'", List.of("json"))),
        Arguments.of("I/O", new BriefingIOException("reading " + TITLE, new IOException("failed \u009B2J"))),
        Arguments.of("subclass in another module", new BriefingException("bidi \u202Eevil") {
          private static final long serialVersionUID = 1L;
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exceptions")
  void messageHasNoRawControlCharacter(String name, BriefingException e) {
    assertThat(e.getMessage()).satisfies(MessageEscapingTest::isSafe).contains("\\u");
  }

  @Test
  void formatProblemAndLocationPartsAreEscapedToo() {
    BriefingFormatException e = new BriefingFormatException(
        Location.unknown().withInput(TITLE).withPath("$." + CLEAR).withSection("S\u0007"), "bad " + CLEAR);

    assertThat(e.problem()).isEqualTo("bad x\\u001B[2J");
    assertThat(e.location().input()).hasValue("\\u001B]0;owned\\u0007");
    assertThat(e.location().path()).hasValue("$.x\\u001B[2J");
    assertThat(e.location().section()).hasValue("S\\u0007");
    assertThat(e.getMessage()).isEqualTo("\\u001B]0;owned\\u0007 at $.x\\u001B[2J in S\\u0007: bad x\\u001B[2J");
  }

  @Test
  void violationAndWarningTextIsEscapedHoweverMade() {
    Violation violation = Violation.of("a\u001B", "m\u0007");
    assertThat(violation.toString()).isEqualTo("a\\u001B: m\\u0007");
    assertThat(Violation.of("p", "m").withMessage("\u009B").message()).isEqualTo("\\u009B");
    assertThat(ParseWarning.of(Location.at(1, 1), "skipped " + CLEAR).message()).isEqualTo("skipped x\\u001B[2J");
  }

  @Test
  void cleanValuesAreKeptAsGiven() {
    Violation violation = Violation.of("impacts[1].text", "must not be blank");
    assertThat(violation.withMessage("must not be blank")).isSameAs(violation);
    assertThat(Location.at(3, 17).withPath("$.figures[2].value").describe())
        .isEqualTo("line 3, column 17 at $.figures[2].value");
  }

  private static void isSafe(String message) {
    assertThat(message.chars()).as(message).noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F
        || c >= 0x2028 && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C);
  }
}
