package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void describesEveryKnownPart() {
    assertThat(Location.at(3, 17).withPath("$.figures[2].value").describe()).isEqualTo("line 3, column 17 at $.figures[2].value");
    assertThat(Location.at(2, 1).withInput("signal.txt").withSection("The Numbers").describe())
        .isEqualTo("signal.txt: line 2, column 1 in The Numbers");
    assertThat(Location.unknown().withPath("$.signal").describe()).isEqualTo("at $.signal");
    assertThat(Location.unknown().describe()).isEqualTo("input");
  }

  @Test
  void formatExceptionPutsTheLocationBeforeTheProblem() {
    BriefingFormatException e = new BriefingFormatException(Location.at(3, 17).withPath("$.figures[2].value"),
        "expected a string but was NUMBER");
    assertThat(e).hasMessage("line 3, column 17 at $.figures[2].value: expected a string but was NUMBER");
    assertThat(e.problem()).isEqualTo("expected a string but was NUMBER");
    assertThat(e.location().line()).hasValue(3);
  }
}
