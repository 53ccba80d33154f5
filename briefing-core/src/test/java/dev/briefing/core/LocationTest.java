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
  void aLoneSectionOrPathReadsWithoutALeadingSeparator() {
    assertThat(Location.unknown().withSection("The Numbers").describe()).isEqualTo("in The Numbers");
    assertThat(Location.unknown().withPath("$.signal").withSection("The Signal").describe())
        .isEqualTo("at $.signal in The Signal");
    assertThat(Location.unknown().withInput("a.md").withSection("The Signal").describe())
        .isEqualTo("a.md in The Signal");
    assertThat(Location.unknown().withInput("a.json").withPath("$.signal").describe())
        .isEqualTo("a.json at $.signal");
  }

  @Test
  void toStringIsTheDescription() {
    Location where = Location.at(2, 1).withInput("signal.txt");
    assertThat(where).hasToString("signal.txt: line 2, column 1");
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
