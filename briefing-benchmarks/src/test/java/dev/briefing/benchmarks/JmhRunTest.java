package dev.briefing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JmhRunTest {
  private static final List<String> NAMES = List.of(
      "dev.briefing.benchmarks.JsonWriteBenchmark.ours",
      "dev.briefing.benchmarks.JsonReadBenchmark.jacksonStreaming",
      "dev.briefing.benchmarks.HtmlRenderBenchmark.jte",
      "dev.briefing.benchmarks.EmailRenderBenchmark.jte",
      "dev.briefing.benchmarks.JsonLdRenderBenchmark.jacksonTree",
      "dev.briefing.benchmarks.AtomRenderBenchmark.rome",
      "dev.briefing.benchmarks.ValidationBenchmark.ours",
      "dev.briefing.benchmarks.ValidatorCreationBenchmark.ours");

  @Test
  void withoutAFilterEverySteadyBenchmarkRunsButNotTheColdOnes() {
    assertThat(matching(".*")).containsExactly(
        "dev.briefing.benchmarks.JsonWriteBenchmark.ours",
        "dev.briefing.benchmarks.JsonReadBenchmark.jacksonStreaming",
        "dev.briefing.benchmarks.HtmlRenderBenchmark.jte",
        "dev.briefing.benchmarks.EmailRenderBenchmark.jte",
        "dev.briefing.benchmarks.JsonLdRenderBenchmark.jacksonTree",
        "dev.briefing.benchmarks.AtomRenderBenchmark.rome",
        "dev.briefing.benchmarks.ValidationBenchmark.ours");
  }

  @Test
  void aFilterWithAlternativesNarrowsTheSteadySet() {
    assertThat(matching("HtmlRender|JsonRead")).containsExactly(
        "dev.briefing.benchmarks.JsonReadBenchmark.jacksonStreaming",
        "dev.briefing.benchmarks.HtmlRenderBenchmark.jte");
  }

  @Test
  void theWebFilterOfTheSmokeRunSelectsTheJsonLdAndAtomBenchmarks() {
    assertThat(matching("JsonLd|Atom")).containsExactly(
        "dev.briefing.benchmarks.JsonLdRenderBenchmark.jacksonTree",
        "dev.briefing.benchmarks.AtomRenderBenchmark.rome");
  }

  @Test
  void aFilterCanNameAMethod() {
    assertThat(matching("\\.ours$")).containsExactly(
        "dev.briefing.benchmarks.JsonWriteBenchmark.ours",
        "dev.briefing.benchmarks.ValidationBenchmark.ours");
  }

  @Test
  void aScoreIsKeptByMethodAndWorkloadAndAlsoByFormatWhenTheBenchmarkHasOne() {
    assertThat(JmhRun.keys("dev.briefing.benchmarks.ChatRenderBenchmark.ours", "seed", "adaptive-card"))
        .containsExactly("ChatRenderBenchmark.ours/seed", "ChatRenderBenchmark.ours/adaptive-card/seed");
    assertThat(JmhRun.keys("dev.briefing.benchmarks.JsonReadBenchmark.ours", "large", null))
        .containsExactly("JsonReadBenchmark.ours/large");
    assertThat(JmhRun.keys("dev.briefing.benchmarks.ValidatorCreationBenchmark.ours", null, null))
        .containsExactly("ValidatorCreationBenchmark.ours");
  }

  private static List<String> matching(String filter) {
    Pattern pattern = Pattern.compile(JmhRun.steadyPattern(filter));
    return NAMES.stream().filter(n -> pattern.matcher(n).find()).toList();
  }
}
