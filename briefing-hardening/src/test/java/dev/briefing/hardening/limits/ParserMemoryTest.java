package dev.briefing.hardening.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.hardening.support.RequiredFormats;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and Markdown parsers answer a 4 MiB pathological input within a heap of ten times
 * the input, in a child JVM started with that {@code -Xmx}. Holding a string and a repair
 * record per line, or a CommonMark node per list item, needed more than 256 MiB for the same
 * inputs.
 */
class ParserMemoryTest {

  private static final int INPUT_CHARS = 4 << 20;
  private static final int MAX_HEAP_MIB = 10 * (INPUT_CHARS >> 20);

  static Stream<Arguments> shapes() {
    return Stream.of("text", "markdown").filter(RequiredFormats.readable()::contains)
        .flatMap(format -> MemoryShapes.forFormat(format).keySet().stream().map(shape -> Arguments.of(format, shape)));
  }

  @ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
  @MethodSource("shapes")
  void answersAPathologicalInputWithinTenTimesItsSizeInHeap(String format, String shape) throws Exception {
    BoundedHeap.Outcome outcome = BoundedHeap.parse(MAX_HEAP_MIB, format, shape, INPUT_CHARS);

    assertThat(outcome.status()).as("%s reading %s of '%s' in -Xmx%dm: %s", format, INPUT_CHARS, shape, MAX_HEAP_MIB,
        outcome.said()).isEqualTo(ParseInBoundedHeap.COMPLETED);
  }
}
