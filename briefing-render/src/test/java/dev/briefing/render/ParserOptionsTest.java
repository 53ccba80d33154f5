package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.kit.ParseOptions;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.text.TextParser;
import java.io.StringReader;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The options both readers share: the input limit, the reader and the labels they are given. */
class ParserOptionsTest {

  private static final String TEXT = "The Signal\nS.\n\nWhat Happened\nW.";
  private static final String MARKDOWN = "## The Signal\n\nS.\n\n## What Happened\n\nW.\n";

  static Stream<Arguments> parsers() {
    IntFunction<BriefingParser> text = max -> TextParser.of(ParseOptions.builder().maxInputChars(max).build());
    IntFunction<BriefingParser> markdown = max -> MarkdownParser.of(ParseOptions.builder().maxInputChars(max).build());
    return Stream.of(Arguments.of("text", text, TEXT), Arguments.of("markdown", markdown, MARKDOWN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void readsInputOfExactlyTheLimitAndRefusesOneCharacterMoreOnItsLastLine(
      String name, IntFunction<BriefingParser> withLimit, String input) {
    assertThat(withLimit.apply(input.length()).parse(input).signal()).isEqualTo("S.");
    int lines = (int) input.chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> withLimit.apply(input.length() - 1).parse(input))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.problem()).isEqualTo("input is longer than the limit of " + (input.length() - 1)
              + " characters; raise the parser's maxInputChars if such input is expected");
          assertThat(e.location().line()).isPresent();
          assertThat(e.location().line().getAsInt()).isBetween(1, lines);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void limitIsAtLeastOneCharacter(String name, IntFunction<BriefingParser> withLimit, String input) {
    assertThatIllegalArgumentException().isThrownBy(() -> withLimit.apply(0))
        .withMessage("maxInputChars must be at least 1, but was 0");
    assertThatThrownBy(() -> withLimit.apply(1).parse(input)).isInstanceOf(BriefingFormatException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void refusesNoReader(String name, IntFunction<BriefingParser> withLimit, String input) {
    assertThatNullPointerException().isThrownBy(() -> withLimit.apply(100).read(null)).withMessage("in");
    assertThat(withLimit.apply(100).read(new StringReader(input)).briefing().whatHappened()).isEqualTo("W.");
  }

}
