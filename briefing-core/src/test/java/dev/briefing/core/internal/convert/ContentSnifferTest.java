package dev.briefing.core.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'{\"signal\":\"x\"}'                      | json",
      "'{\\n  \"signal\": \"x\"\\n}'             | json",
      "'\\n\\n  {\"a\":1}\\n'                    | json",
      "'{\"a\":1}\\n{\"a\":2}\\n'                | ndjson",
      "'{\"a\":1}\\r\\n\\r\\n{\"a\":2}'          | ndjson",
      "'\\uFEFF{\"a\":1}\\n{\"a\":2}'            | ndjson",
      "'# Briefing\\n\\n## The Signal'          | markdown",
      "'## The Signal\\nText'                   | markdown",
      "'###### deep'                            | markdown",
      "'#'                                      | markdown",
      "'#hashtag news'                          | text",
      "'####### seven'                          | text",
      "'The Signal\\nAndrej Karpathy'           | text",
      "'<!doctype html><html>'                  | html",
      "''                                       | text",
      "'   \\n\\t\\n'                           | text",
  })
  void classifiesByTheFirstLines(String escaped, String expected) {
    String head = unescape(escaped);
    assertThat(ContentSniffer.classify(head)).isEqualTo(expected);
  }

  @Test
  void sniffingLeavesTheReaderWhereItWas() throws Exception {
    BufferedReader in = new BufferedReader(new StringReader("{\"a\":1}\n{\"a\":2}\n"));
    assertThat(ContentSniffer.sniff(in)).isEqualTo("ndjson");
    assertThat(in.readLine()).isEqualTo("{\"a\":1}");
  }

  @Test
  void sniffingSeesPastAFirstRecordLongerThanAReadBuffer() {
    String first = "{\"signal\":\"" + "x".repeat(20_000) + "\"}";
    BufferedReader in = new BufferedReader(new StringReader(first + "\n{\"a\":2}\n"), 16);
    assertThat(ContentSniffer.sniff(in)).isEqualTo("ndjson");
  }

  @Test
  void seesOnlyTheWindowSoARecordLongerThanItReadsAsJson() {
    String first = "{\"signal\":\"" + "x".repeat(ContentSniffer.WINDOW) + "\"}";
    BufferedReader in = new BufferedReader(new StringReader(first + "\n{\"a\":2}\n"), ContentSniffer.WINDOW + 1);
    assertThat(ContentSniffer.sniff(in)).isEqualTo("json");
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\uFEFF", "\uFEFF");
  }
}
