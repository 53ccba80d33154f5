package dev.briefing.core.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void readingTheHeadLeavesTheReaderWhereItWas() throws Exception {
    BufferedReader in = new BufferedReader(new StringReader("{\"a\":1}\n{\"a\":2}\n"));
    assertThat(ContentSniffer.head(in)).isEqualTo("{\"a\":1}\n{\"a\":2}\n");
    assertThat(in.readLine()).isEqualTo("{\"a\":1}");
  }

  @Test
  void theHeadReachesPastAFirstRecordLongerThanAReadBuffer() {
    String first = "{\"signal\":\"" + "x".repeat(20_000) + "\"}";
    BufferedReader in = new BufferedReader(new StringReader(first + "\n{\"a\":2}\n"), 16);
    assertThat(ContentSniffer.head(in)).endsWith("\n{\"a\":2}\n");
  }

  @Test
  void theHeadIsAtMostTheWindow() {
    String first = "{\"signal\":\"" + "x".repeat(ContentSniffer.WINDOW) + "\"}";
    BufferedReader in = new BufferedReader(new StringReader(first + "\n{\"a\":2}\n"), ContentSniffer.WINDOW + 1);
    assertThat(ContentSniffer.head(in)).hasSize(ContentSniffer.WINDOW).doesNotContain("\n");
  }
}
