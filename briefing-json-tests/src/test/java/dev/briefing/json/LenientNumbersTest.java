package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A lenient read keeps an unknown number exactly as written, and writes it back so. */
class LenientNumbersTest {

  private static final BriefingJson LENIENT = BriefingJson.create().lenient();

  static Stream<String> numbers() {
    return Stream.of("1e400", "1E2", "-0.0", "-0", "1.50", "12345678901234567890123456789", "2.5e-10", "0.1", "7");
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void anUnknownNumberIsKeptByteForByte(String number) {
    String doc = Documents.replace("\"signal\"", "\"score\": " + number + ", \"nested\": {\"n\": [" + number + "]}, \"signal\"");

    JsonDocument read = LENIENT.readDocument(doc);

    assertThat(read.unknown()).containsEntry("/score", number).containsEntry("/nested", "{\"n\":[" + number + "]}");
    assertThat(LENIENT.write(read)).contains("\"score\":" + number).contains("\"nested\":{\"n\":[" + number + "]}");
    assertThat(LENIENT.pretty().write(read)).contains("\"score\": " + number);
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void aNumberGivenToADocumentIsKeptByteForByte(String number) {
    JsonDocument doc = JsonDocument.of(LENIENT.read(Documents.VALID), java.util.Map.of("/score", number));

    assertThat(doc.unknown()).containsEntry("/score", number);
    assertThat(LENIENT.write(doc)).contains("\"score\":" + number + "}");
  }
}
