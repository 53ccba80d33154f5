package dev.briefing.chat.internal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.chat.internal.EscapeCases;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mrkdwn escape, case by case from {@code mrkdwn-escape.tsv}, and its length without building it. */
class MrkdwnTest {

  static Stream<Arguments> cases() {
    return EscapeCases.load("/dev/briefing/chat/internal/mrkdwn-escape.tsv").stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void escapesAsTheCaseSays(String text, String expected) {
    assertThat(Mrkdwn.escape(text)).isEqualTo(expected);
    assertThat(Mrkdwn.escapedLength(text)).isEqualTo(expected.length());
  }
}
