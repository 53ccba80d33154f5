package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An impact or watch item whose first paragraph is only whitespace is a valid model, and every
 * layout that reads its own output gives it back: the writer keeps the spaces (as character
 * references in Markdown) and the reader takes them as the first paragraph.
 */
class WhitespaceFirstParagraphTest {

  static Stream<Arguments> cases() {
    List<String> texts = List.of(" \n\nThe real point.", "   \n\nThe real point.", "\u00A0\n\nThe real point.",
        "\t\n\nThe real point.", " \n\n \n\nThe real point.");
    return Stream.of("text", "markdown").flatMap(format -> texts.stream().flatMap(text -> Stream.of(
        Arguments.of(format, "impact", SeedBriefing.briefing().withImpacts(Impact.of(1, text))),
        Arguments.of(format, "watch item", SeedBriefing.briefing().withWatchItems(WatchItem.of("Title", text))))));
  }

  @ParameterizedTest(name = "{0}, {1}: {2}")
  @MethodSource("cases")
  void readsItsOwnOutputBack(String format, String where, Briefing briefing) {
    BriefingFormat layout = FormatRegistry.loadDefault().find(format).orElseThrow();
    assertThat(BriefingValidator.standard().validate(briefing)).as("the model is valid").isEmpty();

    String written = layout.renderer().orElseThrow().render(briefing);

    assertThat(layout.parser().orElseThrow().parse(written)).as(written).isEqualTo(briefing);
  }
}
