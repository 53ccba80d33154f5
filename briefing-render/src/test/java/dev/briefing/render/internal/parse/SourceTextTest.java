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
  void readsAnInputWholeAndLaterInLinesAsReadingItInLinesDoes() {
    String input = "\uFEFF\uFEFFok\r\nâ€œaâ€\u009D\rthen \uFFFD x\n";
    SourceText inLines = SourceText.read(new StringReader(input), settings());

    String whole = SourceText.whole(new StringReader(input), settings());
    SourceText later = SourceText.of(whole, settings());

    // One byte order mark goes, as reading in lines drops one; the rest is left as it was.
    assertThat(whole).isEqualTo(input.substring(1));
    assertThat(later.lines()).isEqualTo(inLines.lines());
    assertThat(later.joined()).isEqualTo(inLines.joined());
    assertThat(later.repairs()).isEqualTo(inLines.repairs());
    assertThat(later.warnings()).isEqualTo(inLines.warnings());
    assertThat(later.location(1, 3)).isEqualTo(inLines.location(1, 3));
  }

  @Test
  void leavesBackslashesAloneWhereTheyAreNoEscape() {
    SourceText source = SourceText.read(new StringReader("\\Â¯"), settings(), false);

    assertThat(source.lines()).containsExactly("\\¯");
  }
}
