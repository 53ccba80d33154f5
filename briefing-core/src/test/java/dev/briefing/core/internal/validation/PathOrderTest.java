package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PathOrderTest {

  @ParameterizedTest(name = "{0} < {1}")
  @CsvSource({
      // a number with fewer digits is smaller, whatever its digits
      "impacts[2],          impacts[10]",
      "impacts[9].text,     impacts[10].order",
      "a9,                  a10",
      "x[5],                x[05]",
      // numbers of the same length compare digit by digit
      "impacts[2],          impacts[3]",
      "impacts[12].text,    impacts[13].order",
      "a12,                 a13",
      // equal numbers: what follows decides
      "impacts[1].order,    impacts[1].text",
      "a1b,                 a1c",
      "a10x,                a10y",
      // a path that is a prefix of another comes first
      "impacts,             impacts[0]",
      "a12,                 a12b",
      "impacts[1],          impacts[1].text",
      // characters that are not both digits compare as characters
      "figures,             impacts",
      "1,                   a",
      "a1,                  ab",
      "metadata.authors[1], metadata.tags[0]",
  })
  void ordersNumbersByValueAndTheRestByCharacter(String smaller, String larger) {
    assertThat(PathOrder.INSTANCE.compare(smaller, larger)).isNegative();
    assertThat(PathOrder.INSTANCE.compare(larger, smaller)).isPositive();
  }

  @ParameterizedTest
  @CsvSource({"impacts[10].text", "signal", "''", "a1b22c333"})
  void aPathEqualsItself(String path) {
    assertThat(PathOrder.INSTANCE.compare(path, new String(path))).isZero();
  }

  @Test
  void sortsShuffledViolationPathsIntoDocumentOrder() {
    List<String> expected = List.of("figures[0].value", "figures[2].label", "figures[11].value",
        "impacts", "impacts[1].order", "impacts[1].text", "impacts[9].text", "impacts[10].order",
        "impacts[100].text", "signal", "watchItems[3].title");
    List<String> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(3));
    shuffled.sort(PathOrder.INSTANCE);
    assertThat(shuffled).containsExactlyElementsOf(expected);
  }
}
