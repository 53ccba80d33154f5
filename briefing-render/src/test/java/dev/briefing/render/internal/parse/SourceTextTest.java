package dev.briefing.render.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Location;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  private static ParserSettings settings() {
    return ParserSettings.of(dev.briefing.kit.ParseOptions.standard());
  }

  @Test
  void mapsColumnsAfterALengthChangingRepairBackToTheInput() {
    SourceText source = SourceText.read(new StringReader("ok\nâ€œaâ€\u009D then x"), settings());

    assertThat(source.lines()).containsExactly("ok", "“a” then x");
    // 'x' is at column 10 after repair and at column 14 as written.
    assertThat(source.location(1, 10)).isEqualTo(Location.at(2, 14));
    // Inside a replacement the location is where the damage started.
    assertThat(source.location(1, 3)).isEqualTo(Location.at(2, 5));
    assertThat(source.location(0, 2)).isEqualTo(Location.at(1, 2));
  }

  @Test
  void dropsTheByteOrderMarkAndSplitsEveryKindOfLineBreak() {
    SourceText source = SourceText.read(new StringReader("\uFEFFa\r\nb\rc\nd\u2028e\n"), settings());

    assertThat(source.lines()).containsExactly("a", "b", "c", "d\u2028e", "");
  }

  @Test
  void keepsAnEscapedCharacterFromTheRepairAndMapsColumnsPastTheEscape() {
    SourceText source = SourceText.read(new StringReader("\\Â¯ \\\\โ and Â° x"), settings(), true);

    assertThat(source.lines()).containsExactly("Â¯ \\โ and ° x");
    assertThat(source.repairs()).extracting(r -> r.line() + ":" + r.column() + " " + r.before() + "->" + r.after())
        .containsExactly("1:13 Â°->°");
    assertThat(source.warnings()).isEmpty();
    // 'x' is at column 13 once read and at column 16 as written.
    assertThat(source.location(0, 13)).isEqualTo(Location.at(1, 16));
  }

  @Test
  void leavesBackslashesAloneWhereTheyAreNoEscape() {
    SourceText source = SourceText.read(new StringReader("\\Â¯"), settings(), false);

    assertThat(source.lines()).containsExactly("\\¯");
  }
}
