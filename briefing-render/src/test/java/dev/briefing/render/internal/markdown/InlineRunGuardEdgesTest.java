package dev.briefing.render.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where one paragraph run ends for the guard, and the limit at its exact edge. */
class InlineRunGuardEdgesTest {

  private static final int MAX = InlineRunGuard.MAX_RUN;
  /** More than half the limit: two such lines in one run are too long, each alone is not. */
  private static final String HALF = "x".repeat(MAX / 2 + 10);

  @Test
  void aRunOfExactlyTheLimitPassesAndOneCharacterMoreIsRefusedFromItsFirstLine() {
    // A line counts with its line break.
    assertThatCode(() -> InlineRunGuard.check(List.of("x".repeat(MAX - 1)))).doesNotThrowAnyException();
    assertThatThrownBy(() -> InlineRunGuard.check(List.of("", "a", "x".repeat(MAX - 2))))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.location().line()).hasValue(2);
          assertThat(e.problem()).isEqualTo("a paragraph of more than " + MAX
              + " characters (lines 2 to 3) is longer than any briefing field written as Markdown;"
              + " it is refused before parsing");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"- ", "* ", "+ ", "-\t", "1. ", "1) ", "1.\t", "#", "# ", "   - ", "  1. ", " #"})
  void aLineOpeningABlockStartsANewRun(String opening) {
    assertThatCode(() -> InlineRunGuard.check(List.of(HALF, opening + HALF))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "-x", "*x", "+x", "1.", "1.x", "1)x", "2. ", "9) ", "    - ", "    #", "> ", "a- "})
  void aLineThatOpensNoBlockContinuesTheRun(String opening) {
    assertThatThrownBy(() -> InlineRunGuard.check(List.of(HALF, opening + HALF)))
        .isInstanceOf(BriefingFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "   "})
  void aBlankLineEndsTheRun(String blank) {
    assertThatCode(() -> InlineRunGuard.check(List.of(HALF, blank, HALF))).doesNotThrowAnyException();
  }

  @Test
  void aShortLineOfOnlySpacesOrAMarkAloneOpensNoBlock() {
    assertThatThrownBy(() -> InlineRunGuard.check(List.of(HALF, "-", HALF))).isInstanceOf(BriefingFormatException.class);
    assertThatThrownBy(() -> InlineRunGuard.check(List.of(HALF, "1", HALF))).isInstanceOf(BriefingFormatException.class);
    assertThatThrownBy(() -> InlineRunGuard.check(List.of(HALF, "1.", HALF))).isInstanceOf(BriefingFormatException.class);
  }
}
