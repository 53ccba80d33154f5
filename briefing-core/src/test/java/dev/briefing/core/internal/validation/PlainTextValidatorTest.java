package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Violation;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextValidatorTest {

  /** The edges of each character class: the last allowed and the first refused, both ways. */
  @ParameterizedTest(name = "{0}: single line {1}, text {2}")
  @CsvSource({
      "0000, false, false",
      "0008, false, false",
      "0009, true,  true",
      "000A, false, true",
      "000D, false, false",
      "001F, false, false",
      "0020, true,  true",
      "007E, true,  true",
      "007F, false, false",
      "0080, false, false",
      "009F, false, false",
      "00A0, true,  true",
      "D7FF, true,  true",
      "D83D, false, false",
      "DE00, false, false",
      "DFFF, false, false",
      "E000, true,  true",
      "FDCF, true,  true",
      "FDD0, false, false",
      "FDEF, false, false",
      "FDF0, true,  true",
      "FFFD, true,  true",
      "FFFE, false, false",
  })
  void decidesEachCharacterAtTheEdgesOfItsClass(String hex, boolean line, boolean text) {
    String value = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertThat(PlainTextValidator.isPlain(value, true)).as("single line").isEqualTo(line);
    assertThat(PlainTextValidator.isPlain(value, false)).as("text").isEqualTo(text);
    assertThat(inBuffer(value, true)).as("single line, in a buffer").isEqualTo(line);
    assertThat(inBuffer(value, false)).as("text, in a buffer").isEqualTo(text);
  }

  /** The scan of a parser's buffer and the scan of a String must never disagree. */
  @Test
  void scanOfCharactersInPlaceAgreesWithTheScanOfTheStringForEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String value : new String[] {"a" + (char) c, (char) c + "b", "x" + (char) c + "\uDE00"}) {
        for (boolean singleLine : new boolean[] {true, false}) {
          assertThat(inBuffer(value, singleLine)).as("U+%04X in %s, single line %s", c, value, singleLine)
              .isEqualTo(PlainTextValidator.isPlain(value, singleLine));
        }
      }
    }
  }

  /** The scans decide by ranges of common characters first; the rule that names a problem decides alone. */
  @Test
  void scansAgreeWithTheRuleThatNamesTheProblemForEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String value : new String[] {"a" + (char) c + "b", (char) c + "\uDE00"}) {
        for (boolean singleLine : new boolean[] {true, false}) {
          boolean plain = PlainTextValidator.firstProblem(value, singleLine) == null;
          assertThat(PlainTextValidator.isPlain(value, singleLine)).as("U+%04X, single line %s", c, singleLine)
              .isEqualTo(plain);
          assertThat(inBuffer(value, singleLine)).as("U+%04X in a buffer, single line %s", c, singleLine)
              .isEqualTo(plain);
        }
      }
    }
  }

  /** The text in the middle of a larger buffer, as a parser holds it: what lies around it is not read. */
  private static boolean inBuffer(String value, boolean singleLine) {
    char[] buffer = ("\u0000\uD83D" + value + "\uDE00\u0000").toCharArray();
    return FastValidity.isPlain(buffer, 2, value.length(), singleLine);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "a\uD83D\uDE00,       true",
      "\uD83D\uDE00\uD83D\uDE00, true",
      "a\uD83D,             false",
      "\uDE00\uD83D,        false",
      "a\uD83Dx,            false",
      "a\uD83F\uDFFD\tb,      true",
      "a\uD83F\uDFFF,       false",
  })
  void surrogatesArePlainOnlyInPairs(String value, boolean plain) {
    assertThat(PlainTextValidator.isPlain(value, true)).isEqualTo(plain);
    assertThat(inBuffer(value, true)).as("in a buffer").isEqualTo(plain);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "a\u007Fb             | must not contain control character U+007F at index 1",
      "ab\u009F             | must not contain control character U+009F at index 2",
      "'a\uD83D\uDE00\u0007' | must not contain control character U+0007 at index 3",
      "ab\uD83D             | must not contain a lone surrogate at index 2",
      "\uDE00b              | must not contain a lone surrogate at index 0",
  })
  void violationNamesTheCharacterAndItsIndex(String signal, String message) {
    assertThat(BriefingValidator.standard().validate(SeedBriefing.briefing().withSignal(signal)))
        .extracting(Violation::toString)
        .containsExactly("signal: " + message);
  }
}
