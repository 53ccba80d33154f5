package dev.briefing.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "signal         | $.signal",
      "_x1            | $._x1",
      "watchItems     | $.watchItems",
      "odd name       | $['odd name']",
      "1st            | $['1st']",
      "é              | $['é']",
      "aé             | $['aé']",
      "a-b            | $['a-b']",
      "it's           | $['it\\'s']",
      "a\\b           | $['a\\\\b']",
      "''             | $['']",
  })
  void plainNamesAreDottedAndOthersQuoted(String name, String path) {
    assertThat(JsonPathText.appendName(new StringBuilder("$"), name)).hasToString(path);
  }

  @Test
  void controlCharactersInANameAreWrittenAsUnicodeEscapes() {
    assertThat(JsonPathText.appendName(new StringBuilder("$"), "a\u0001\u001F b")).hasToString("$['a\\u0001\\u001f b']");
  }

  @Test
  void indexesAreBracketed() {
    assertThat(JsonPathText.appendIndex(new StringBuilder("$.figures"), 2)).hasToString("$.figures[2]");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''                      | $",
      "/figures/2/note         | $.figures[2].note",
      "/impacts/0              | $.impacts[0]",
      "/watchItems/10/x        | $.watchItems[10].x",
      "/metadata/sources/1/url | $.metadata.sources[1].url",
      "/metadata/authors/3     | $.metadata.authors[3]",
      "/metadata/tags/0        | $.metadata.tags[0]",
      "/figures/02             | $.figures['02']",
      "/figures/1234567890     | $.figures['1234567890']",
      "/signal/2               | $.signal['2']",
      "/note                   | $.note",
      "/a~1b/c~0d              | $['a/b']['c~d']",
      "/                       | $['']",
      "/a//b                   | $.a[''].b",
  })
  void pointersReadAsPathsWithIndexesOnlyUnderArrays(String pointer, String path) {
    assertThat(JsonPathText.fromPointer(pointer)).isEqualTo(path);
  }

  @Test
  void pointerTokensAreUnescapedAndEscaped() {
    assertThat(JsonPointers.tokens("/figures/2/a~1b~0c")).containsExactly("figures", "2", "a/b~c");
    assertThat(JsonPointers.tokens("")).isEmpty();
    assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
  }

  @Test
  void malformedPointersAreRefused() {
    assertThatThrownBy(() -> JsonPointers.tokens("figures")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonPointers.tokens("/a~2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonPointers.tokens("/a~")).isInstanceOf(IllegalArgumentException.class);
  }
}
