package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.Converter;
import dev.briefing.core.testing.SeedBriefing;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text layout's own output is told apart as text by the converter's content sniffing,
 * whatever its first line holds, and still reads back exactly.
 */
class TextOutputSniffsAsTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"<b>Bold</b> claims", "<", "{\"signal\": 1}", "{", "# Heading", "#", "## Two", "###### Six",
      "#hashtag", " <b>", "\u2003{x}", "\t# tab", "\uFEFF<b>"})
  void aTitleThatLooksLikeAnotherFormatSniffsAsText(String title) {
    assertSniffsAsTextAndReadsBack(SeedBriefing.briefing().withTitle(title), TextRenderer.standard());
  }

  private static void assertSniffsAsTextAndReadsBack(Briefing briefing, TextRenderer renderer) {
    String written = renderer.render(briefing);

    assertThat(sniff(written)).as(written).isEqualTo("text");
    assertThat(TextParser.standard().parse(written)).as(written).isEqualTo(briefing);
  }

  private static String sniff(String written) {
    return Converter.standard().sniff(new BufferedReader(new StringReader(written))).name();
  }
}
