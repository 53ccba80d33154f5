package dev.briefing.render.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text written as UTF-8 and read back as Windows-1252 comes back whole, for every character whose
 * UTF-8 bytes all have a Windows-1252 character: the bytes 0x80 to 0x9F that the code page maps to
 * typographic characters included.
 */
class Windows1252MojibakeTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static Stream<String> characters() {
    return IntStream.concat(IntStream.rangeClosed(0xC0, 0xFF), IntStream.rangeClosed(0x2013, 0x203A))
        .mapToObj(Character::toString)
        .filter(c -> !damaged(c).contains("\uFFFD"));
  }

  private static String damaged(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
  }

  @ParameterizedTest
  @MethodSource("characters")
  void repairsTheCharacterBetweenWords(String character) {
    String text = "price " + character + " today";
    RepairedText result = TextRepairer.standard().repair("price " + damaged(character) + " today");
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.changed()).isTrue();
  }
}
