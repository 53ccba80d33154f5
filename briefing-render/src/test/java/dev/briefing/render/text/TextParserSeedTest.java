package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.kit.ParseOptions;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.TextRepair;
import dev.briefing.core.testing.SeedBriefing;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextParserSeedTest {

  @Test
  void readsTheRawSeedAsTheSeedModelAndListsEveryRepair() {
    ParseResult result = TextParser.standard().read(new java.io.StringReader(SeedBriefing.rawText()));

    assertThat(result.briefing()).isEqualTo(SeedBriefing.briefing());
    assertThat(result.repairs()).containsExactly(
        TextRepair.of(2, 16, "\u0E42", "’"),
        TextRepair.of(2, 36, "\u0E42", "’"),
        TextRepair.of(4, 99, "\u0E42", "’"),
        TextRepair.of(4, 274, "\u0E42", "’"),
        TextRepair.of(12, 8, "\u0E42", "–"),
        TextRepair.of(14, 168, "\u0E42", "’"));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void theStandardOptionsGiveTheOneStandardParserSoItsVocabularyIsBuiltOnce() {
    assertThat(TextParser.of(ParseOptions.standard())).isSameAs(TextParser.standard());
    assertThat(TextParser.of(ParseOptions.builder().build())).isSameAs(TextParser.standard());
    assertThat(TextParser.of(ParseOptions.builder().lenient(true).build())).isNotSameAs(TextParser.standard());
  }

  @Test
  void readsTheRepairedSeedWithoutRepairs() {
    ParseResult result = TextParser.standard().read(new java.io.StringReader(SeedBriefing.repairedText()));

    assertThat(result.briefing()).isEqualTo(SeedBriefing.briefing());
    assertThat(result.repairs()).isEmpty();
  }

  @Test
  void keepsDamageWhenRepairIsOff() {
    ParseResult result = TextParser.of(ParseOptions.builder().repairText(false).build()).read(new java.io.StringReader(SeedBriefing.rawText()));

    assertThat(result.repairs()).isEmpty();
    assertThat(result.briefing().signal()).contains("Karpathy\u0E42s");
  }

  static Stream<Arguments> tolerated() {
    return Stream.of(
        variant("byte order mark", s -> "\uFEFF" + s),
        variant("CRLF line breaks", s -> s.replace("\n", "\r\n")),
        variant("CR line breaks", s -> s.replace("\n", "\r")),
        variant("final line break", s -> s + "\n"),
        variant("several final line breaks", s -> s + "\n\n\n"),
        variant("blank lines everywhere", s -> "\n\n" + s.replace("\n", "\n\n\n")),
        variant("lower-case headings with colons", s -> s.replace("The Signal", "the signal:")
            .replace("What Happened", "WHAT HAPPENED:").replace("Why It Matters", "why it matters")
            .replace("The Numbers", "The numbers:").replace("What To Watch", "what to watch")),
        variant("Markdown heading marks", s -> s.replace("The Signal", "## The Signal")
            .replace("What Happened", "## What Happened").replace("Why It Matters", "### Why It Matters")
            .replace("The Numbers", "# The Numbers").replace("What To Watch", "## What To Watch:")),
        variant("star bullets", s -> s.replace("\n- ", "\n* ")),
        variant("round bullets", s -> s.replace("\n- ", "\n\u2022 ")),
        variant("numbered impact orders", s -> s.replace("First-order:", "1st-order:")
            .replace("Second-order:", "2nd order:").replace("Third-order:", "3rd-Order:")),
        variant("impact orders in other case and with spaces", s -> s.replace("First-order:", "FIRST ORDER:")
            .replace("Second-order:", "second-order :")),
        variant("bulleted impacts", s -> s.replace("First-order:", "- First-order:")
            .replace("Second-order:", "* Second-order:")),
        variant("indented lines", s -> s.replace("\n- ", "\n  - ").replace("\nFirst", "\n   First")),
        variant("figures without final period", s -> s.replace(").\n", ")\n")));
  }

  private static Arguments variant(String name, UnaryOperator<String> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tolerated")
  void readsTheSeedWithEveryToleratedVariation(String name, UnaryOperator<String> change) {
    String variant = change.apply(SeedBriefing.repairedText());

    ParseResult result = TextParser.standard().read(new java.io.StringReader(variant));

    assertThat(variant).isNotEqualTo(SeedBriefing.repairedText());
    assertThat(result.briefing()).isEqualTo(SeedBriefing.briefing());
    assertThat(result.warnings()).isEmpty();
  }
}
