package dev.briefing.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.json.BriefingJson;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule's cases as data, one folder per rule id under {@code lint/}: {@code positive.json}
 * with the findings of that rule it must give ({@code positive.expected}, one per line:
 * severity, rule, path and message), and {@code negative.json}, which must give none of them.
 */
class BriefingLintTest {

  static Stream<LintRule> rules() {
    return Stream.of(LintRule.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void thePositiveCaseGivesTheExpectedFindings(LintRule rule) {
    String dir = "/lint/" + rule.id() + "/";

    assertThat(lines(BriefingLint.standard().check(read(dir + "positive.json")), rule))
        .isNotEmpty()
        .isEqualTo(BriefingDiffTest.resource(dir + "positive.expected"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theNegativeCaseGivesNone(LintRule rule) {
    assertThat(lines(BriefingLint.standard().check(read("/lint/" + rule.id() + "/negative.json")), rule)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRuleTurnedOffFindsNothingAndOneRaisedReportsAtItsSeverity(LintRule rule) {
    Briefing positive = read("/lint/" + rule.id() + "/positive.json");

    assertThat(lines(BriefingLint.standard().withSeverity(rule, Severity.OFF).check(positive), rule)).isEmpty();
    assertThat(BriefingLint.standard().withSeverity(rule, Severity.ERROR).check(positive))
        .filteredOn(f -> f.rule().equals(rule.id()))
        .isNotEmpty()
        .allMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void ruleIdsAreStable() {
    assertThat(Stream.of(LintRule.values()).map(LintRule::id)).containsExactly(
        "figure-without-source-or-date", "vague-source", "mixed-likelihood-terms", "likelihood-with-confidence",
        "estimative-without-likelihood", "watch-item-without-signpost", "signal-too-long", "duplicate-figure",
        "duplicate-impact");
    assertThat(LintRule.byId("vague-source")).contains(LintRule.VAGUE_SOURCE);
    assertThat(LintRule.byId("no-such-rule")).isEmpty();
  }

  @Test
  void theSignalWordLimitIsConfigurable() {
    Briefing positive = read("/lint/signal-too-long/positive.json");

    assertThat(lines(BriefingLint.standard().withSignalWordLimit(41).check(positive), LintRule.SIGNAL_TOO_LONG)).isEmpty();
    assertThatThrownBy(() -> BriefingLint.standard().withSignalWordLimit(0))
        .hasMessage("The Signal's word limit must be at least 1 but was 0");
  }

  @Test
  void findingsOfABriefingReadFromTextCarryTheLineAndColumnOfTheirPart() {
    Briefing briefing = Briefing.builder().signal("A short thesis.").whatHappened("Something happened.")
        .addFigures(Figure.of("$1B", "Revenue").withSource("10-K"), Figure.of("$2B", "Revenue").withSource("various sources"))
        .build();
    String text = "THE SIGNAL\nA short thesis.\n\nTHE NUMBERS\n- $1B: Revenue (10-K)\n- $2B: Revenue (various sources)\n";

    List<Finding> findings = BriefingLint.standard().check(briefing, text);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("$.figures[1].source");
      assertThat(f.line()).hasValue(6);
      assertThat(f.column()).hasValue(17);
    });
  }

  private static String lines(List<Finding> findings, LintRule rule) {
    return findings.stream().filter(f -> f.rule().equals(rule.id()))
        .map(f -> f.severity().word() + " " + f.rule() + " " + f.path() + ": " + f.message() + "\n")
        .collect(Collectors.joining());
  }

  private static Briefing read(String resource) {
    return BriefingJson.create().read(BriefingDiffTest.resource(resource));
  }
}
