package dev.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.kit.ParseOptions;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownParserProblemsTest {

  private static final String VALID = "## The Signal\n\nS.\n\n## What Happened\n\nW.\n\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing The Signal       | ## What Happened\\n\\nW.\\n                         | 1  | 1 | missing section 'The Signal'",
      "no section at all        | # Title\\n\\nJust text.\\n                          | 3  | 1 | before '## The Signal'",
      "missing What Happened    | ## The Signal\\n\\nS.\\n\\n## The Numbers\\n         | 5  | 1 | missing section 'What Happened'",
      "empty The Signal         | ## The Signal\\n\\n## What Happened\\n\\nW.\\n       | 1  | 1 | section 'The Signal' has no text",
      "unknown heading          | VALID ## Appendix\\n                                 | 9  | 1 | unrecognised heading 'Appendix'",
      "list in The Signal       | ## The Signal\\n\\n- item\\n\\n## What Happened\\n\\nW. | 3 | 1 | expected paragraphs",
      "impact without prefix    | VALID ## Why It Matters\\n\\n- **Big:** deal\\n      | 11 | 3 | expected an impact",
      "impact order beyond ten  | VALID ## Why It Matters\\n\\n- **12th-order:** far\\n | 11 | 3 | impact order 12",
      "figure as paragraph      | VALID ## The Numbers\\n\\n$5: not in a list\\n       | 11 | 1 | expected a list",
      "figure without colon     | VALID ## The Numbers\\n\\n- **$5** label\\n          | 11 | 3 | expected a figure",
      "figure over two blocks   | VALID ## The Numbers\\n\\n- **$5**: l\\n\\n  more\\n  | 13 | 3 | a figure is one paragraph",
      "table of figures         | VALID ## The Numbers\\n\\nPIPE a PIPE b PIPE\\nPIPE---PIPE---PIPE\\n| 11 | 1 | expected a list",
      "empty list item          | VALID ## What To Watch\\n\\n-\\n                      | 11 | 1 | expected text in the list item",
      "watch item without text  | VALID ## What To Watch\\n\\n- **Title**:\\n           | 11 | 3 | expected a watch item",
      "unknown detail           | VALID ## Details\\n\\n- **Colour:** blue\\n           | 11 | 3 | expected a detail",
      "source without link      | VALID ## Details\\n\\n- **Source:** T https://x.y/\\n | 11 | 3 | expected a link",
      "bad date                 | VALID ## Details\\n\\n- **Published:** soon\\n        | 11 | 3 | not a date-time",
  })
  void reportsAProblemWithItsLineAndColumn(String name, String input, int line, int column, String message) {
    String markdown = input.replace("VALID ", VALID).replace("\\n", "\n").replace("PIPE", "|");

    assertThatThrownBy(() -> MarkdownParser.standard().parse(markdown))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.problem()).contains(message);
          assertThat(e.location().line()).hasValue(line);
          assertThat(e.location().column()).hasValue(column);
        });
  }

  @Test
  void lenientParserWarnsAndKeepsWhatItCouldRead() {
    String markdown = VALID + "## The Numbers\n\n- **$5**: kept\n- not a figure\n\n> quote\n\n## Appendix\n";

    ParseResult result = MarkdownParser.of(ParseOptions.builder().lenient(true).build()).read(new StringReader(markdown));

    assertThat(result.briefing().figures()).hasSize(1);
    assertThat(result.warnings()).extracting(w -> w.location().line().getAsInt()).containsExactly(12, 14, 16);
    assertThat(result.warnings()).extracting(ParseWarning::message).allSatisfy(m -> assertThat(m).isNotBlank());
  }

  @Test
  void refusesInputLongerThanTheLimit() {
    assertThatThrownBy(() -> MarkdownParser.of(ParseOptions.builder().maxInputChars(10).build()).parse(VALID))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("limit of 10 characters");
  }

  @Test
  void readsDeeplyNestedMarkupWithoutFailing() {
    String nested = "*".repeat(50_000) + "x" + "*".repeat(50_000);
    String quotes = ">".repeat(5_000) + " deep";

    ParseResult result = MarkdownParser.of(ParseOptions.builder().lenient(true).build())
        .read(new StringReader("## The Signal\n\n" + nested + "\n\n" + quotes + "\n\n## What Happened\n\nW.\n"));

    assertThat(result.briefing().signal()).startsWith("*").endsWith("*");
    assertThat(result.briefing().whatHappened()).isEqualTo("W.");
    assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("block quote"));
  }
}
