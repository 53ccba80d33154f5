package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.kit.ParseOptions;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextParserProblemsTest {

  private static final String VALID = "The Signal\nThesis.\nWhat Happened\nNarrative.\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing The Signal         | What Happened\\nNarrative.                                | 1 | 1 | missing section 'The Signal'",
      "missing What Happened      | The Signal\\nThesis.\\nWhy It Matters\\nFirst-order: x.  | 3 | 1 | missing section 'What Happened'",
      "What Happened never comes  | The Signal\\nThesis.                                      | 2 | 8 | missing section 'What Happened'",
      "empty The Signal           | The Signal\\nWhat Happened\\nNarrative.                   | 1 | 1 | section 'The Signal' has no text",
      "two lines before a heading | Title\\nSubtitle\\nThe Signal\\nS.\\nWhat Happened\\nW.  | 2 | 1 | unrecognised line before 'The Signal'",
      "impact without prefix      | VALID Why It Matters\\nNo prefix here.                   | 6 | 1 | expected an impact",
      "impact order beyond ten    | VALID Why It Matters\\n11th-order: too far.              | 6 | 1 | impact order 11",
      "impact without text        | VALID Why It Matters\\nFirst-order:                      | 6 | 13 | the impact has no text",
      "figure without bullet      | VALID The Numbers\\n$5: no bullet.                       | 6 | 1 | expected a figure",
      "figure without label       | VALID The Numbers\\n  - $5                               | 6 | 3 | expected a figure",
      "watch item without colon   | VALID What To Watch\\n- Just a title                     | 6 | 1 | expected a watch item",
      "unknown detail             | VALID Details\\nColour: blue                             | 6 | 1 | expected a detail",
      "bad published date         | VALID Details\\nPublished: tomorrow                      | 6 | 12 | not a date-time",
      "bad language tag           | VALID Details\\nLanguage:  en_US!                        | 6 | 12 | not a BCP 47 language tag",
      "source without address     | VALID Details\\nSource: TechCrunch                       | 6 | 9 | expected 'title <https://...>'",
      "source with bad address    | VALID Details\\nSource: T <https://exa mple.com/>        | 6 | 9 | is not an address",
      "relative source address    | VALID Details\\nSource: T </path>                        | 6 | 9 | not an absolute address",
      "second ID                  | VALID Details\\nID: a\\nID: b                            | 7 | 5 | a second id",
  })
  void reportsAProblemWithItsLineAndColumn(String name, String input, int line, int column, String message) {
    String text = input.replace("VALID ", VALID).replace("\\n", "\n");

    assertThatThrownBy(() -> TextParser.standard().parse(text))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.location().line()).hasValue(line);
          assertThat(e.location().column()).hasValue(column);
          assertThat(e.problem()).contains(message);
          assertThat(e.getMessage()).startsWith("line " + line + ", column " + column);
        });
  }

  @Test
  void refusesALineBreakWithNoParagraphBeforeIt() {
    String text = VALID + "What To Watch\n\\\n- T: d";

    assertThatThrownBy(() -> TextParser.standard().parse(text))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.location().line()).hasValue(7);
          assertThat(e.problem()).contains("continues a paragraph, but there is none before it");
        });
  }

  @Test
  void givesColumnsInTheInputAsWrittenBeforeRepair() {
    String text = VALID + "Details\nPubliÃ©: tomorrow";

    assertThatThrownBy(() -> TextParser.standard().parse(text))
        .isInstanceOfSatisfying(BriefingFormatException.class, e ->
            assertThat(e.location()).isEqualTo(Location.at(6, 10).withSection("Details")));
  }

  @Test
  void namesTheSectionOfAProblem() {
    assertThatThrownBy(() -> TextParser.standard().parse(VALID + "The Numbers\nnot a figure"))
        .isInstanceOfSatisfying(BriefingFormatException.class, e ->
            assertThat(e.location().section()).contains("The Numbers"));
  }

  @Test
  void lenientParserWarnsAndGoesOn() {
    String text = "Title\nStray line\nThe Signal\nThesis.\nWhat Happened\nNarrative.\n"
        + "Why It Matters\nNo prefix.\nFirst-order: Kept.\nThe Numbers\n- $5: Kept (2026).\nnot a figure\n"
        + "Details\nPublished: tomorrow\nTag: kept";

    ParseResult result = TextParser.of(ParseOptions.builder().lenient(true).build()).read(new StringReader(text));

    assertThat(result.briefing().title()).contains("Title");
    assertThat(result.briefing().impacts()).hasSize(1);
    assertThat(result.briefing().figures()).hasSize(1);
    assertThat(result.briefing().metadata().tags()).containsExactly("kept");
    assertThat(result.briefing().metadata().published()).isEmpty();
    assertThat(result.warnings()).extracting(w -> w.location().line().getAsInt()).containsExactly(2, 8, 12, 14);
    assertThat(result.warnings()).extracting(ParseWarning::message).allSatisfy(m -> assertThat(m).isNotBlank());
  }

  @Test
  void lenientParserReadsABriefingWithoutRequiredSectionsAsEmptyText() {
    ParseResult result = TextParser.of(ParseOptions.builder().lenient(true).build()).read(new StringReader("Title\nWhy It Matters\nFirst-order: x."));

    assertThat(result.briefing().signal()).isEmpty();
    assertThat(result.briefing().whatHappened()).isEmpty();
    assertThat(result.warnings()).extracting(ParseWarning::message)
        .anySatisfy(m -> assertThat(m).contains("'The Signal'"))
        .anySatisfy(m -> assertThat(m).contains("'What Happened'"));
  }

  @Test
  void warnsAboutDamageItCannotRepairInBothModes() {
    ParseResult result = TextParser.standard().read(new StringReader("The Signal\nVersion 2\u0E42beta.\nWhat Happened\nW."));

    assertThat(result.briefing().signal()).isEqualTo("Version 2\u0E42beta.");
    assertThat(result.warnings()).extracting(ParseWarning::location).containsExactly(Location.at(2, 10));
  }

  @Test
  void refusesEmptyInputEvenWhenLenient() {
    assertThatThrownBy(() -> TextParser.of(ParseOptions.builder().lenient(true).build()).parse(" \n\n"))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void refusesInputLongerThanTheLimit() {
    TextParser parser = TextParser.of(ParseOptions.builder().maxInputChars(30).build());

    assertThat(parser.parse("The Signal\nS.\nWhat Happened\nW.").signal()).isEqualTo("S.");
    assertThatThrownBy(() -> parser.parse(VALID + "Why It Matters\nFirst-order: x."))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("limit of 30 characters");
  }

  @Test
  void reportsAFailingReaderAsAnIoProblem() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> TextParser.standard().read(broken))
        .isInstanceOf(BriefingIOException.class)
        .hasMessageContaining("disk gone");
  }
}
