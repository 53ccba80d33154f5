package dev.briefing.core.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EncodedPagesTest {

  static Stream<String> texts() {
    String pair = "\uD83D\uDE00";
    return Stream.of(
        "",
        "plain ASCII <p>page</p>\n",
        "é ü ß — ‘quotes’ 中文 " + pair,
        "lone high \uD800 and lone low \uDC00 and reversed \uDC00\uD800",
        "x".repeat(4095) + pair + "y",                 // a pair across the chunk boundary
        "x".repeat(4095) + "\uD800",                   // a lone high surrogate ends a chunk and the text
        "\u4E2D".repeat(20_000),                        // three bytes a character, far past the first buffer
        (pair + "a").repeat(5000));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void encodesAsStringGetBytesDoes(String text) {
    EncodedPages.Page page = new EncodedPages(2).encode(new StringBuilder(text));

    assertThat(Arrays.copyOf(page.bytes(), page.length())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBufferGivenBackIsUsedForTheNextPage() {
    EncodedPages pages = new EncodedPages(1);
    EncodedPages.Page first = pages.encode(new StringBuilder("first page"));
    pages.giveBack(first);

    EncodedPages.Page second = pages.encode(new StringBuilder("second"));

    assertThat(second.bytes()).isSameAs(first.bytes());
    assertThat(new String(second.bytes(), 0, second.length(), StandardCharsets.UTF_8)).isEqualTo("second");
  }

  @Test
  void aBufferLargerThanAMegabyteIsNotKept() {
    EncodedPages pages = new EncodedPages(1);
    EncodedPages.Page large = pages.encode(new StringBuilder("\u4E2D".repeat(400_000)));
    pages.giveBack(large);

    assertThat(pages.encode(new StringBuilder("small")).bytes()).isNotSameAs(large.bytes());
  }
}
