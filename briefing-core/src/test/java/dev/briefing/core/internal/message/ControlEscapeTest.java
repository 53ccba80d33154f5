package dev.briefing.core.internal.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControlEscapeTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"a\u001B[2Jb\"                | a\\u001B[2Jb              | ESC (clear screen)",
      "\"\u001B]0;title\u0007\"        | \\u001B]0;title\\u0007    | OSC title ended by BEL",
      "\"\u001B]8;;http://x\u001B\\\\\" | \\u001B]8;;http://x\\u001B\\\\ | OSC 8 hyperlink ended by ST",
      "\"\u0007\"                      | \\u0007                   | BEL",
      "\"a\u0000b\"                    | a\\u0000b                 | NUL",
      "\"line\nfake: ok\"              | line\\u000Afake: ok       | line feed",
      "\"a\rb\tc\"                     | a\\u000Db\\u0009c         | carriage return and tab",
      "\"\u007F\"                      | \\u007F                   | DEL",
      "\"\u009B2J\"                    | \\u009B2J                 | C1 CSI",
      "\"\u0085\"                      | \\u0085                   | C1 next line",
      "\"x\u202Egnp.exe\"              | x\\u202Egnp.exe           | right-to-left override",
      "\"\u2066a\u2069\"               | \\u2066a\\u2069           | isolates",
      "\"\u200E\u200F\u061C\"          | \\u200E\\u200F\\u061C     | marks",
      "\"a\u2028b\u2029\"              | a\\u2028b\\u2029          | line and paragraph separators",
      "\"\uD83D\"                      | \\uD83D                   | lone high surrogate",
      "\"\uDE00x\"                     | \\uDE00x                  | lone low surrogate",
  })
  void writesEveryActingCharacterAsItsCode(String raw, String escaped, String name) {
    assertThat(ControlEscape.escape(raw)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "caf\u00E9 \u65E5\u672C \uD83D\uDE00 \u00A0\u202F\u2030", "C:\\path\\u001B", "\u0600\u061B\u061D"})
  void keepsTextWithNothingToEscapeAsTheSameInstance(String text) {
    assertThat(ControlEscape.escape(text)).isSameAs(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u001B", "a\u009F", "\u202A", "\u202E", "\u2066", "\u2069", "\u0000\u001F"})
  void leavesNoActingCharacterBehind(String text) {
    String escaped = ControlEscape.escape(text);
    assertThat(escaped.chars()).noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x2028 && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069);
  }

  @org.junit.jupiter.api.Test
  void nullStaysNull() {
    assertThat(ControlEscape.escape(null)).isNull();
  }
}
