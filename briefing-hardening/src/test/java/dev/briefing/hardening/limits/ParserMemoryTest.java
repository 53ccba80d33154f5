package dev.briefing.hardening.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.hardening.support.RequiredFormats;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and Markdown parsers answer 1 MiB and 4 MiB pathological inputs within a heap of ten
 * times the input, and never less than 32 MiB, which an idle JVM nearly fills with itself, in a
 * child JVM started with that {@code -Xmx}. Holding a string and a repair record per line, or
 * a CommonMark node per list item, needed more than 256 MiB for 4 MiB; 1 MiB of lists nested
 * 64 deep needed 96 MiB.
 */
class ParserMemoryTest {

  private static final int FLOOR_MIB = 32;

  static Stream<Arguments> shapes() {
    return Stream.of("text", "markdown").filter(RequiredFormats.readable()::contains)
        .flatMap(format -> MemoryShapes.forFormat(format).keySet().stream()
            .flatMap(shape -> Stream.of(1, 4).map(mib -> Arguments.of(format, shape, mib))));
  }

  @ParameterizedTest(name = "{0}: {1}, {2} MiB", allowZeroInvocations = true)
  @MethodSource("shapes")
  void answersAPathologicalInputWithinTenTimesItsSizeInHeap(String format, String shape, int mib) throws Exception {
    int maxHeapMib = Math.max(FLOOR_MIB, 10 * mib);

    BoundedHeap.Outcome outcome = BoundedHeap.parse(maxHeapMib, format, shape, mib << 20);

    assertThat(outcome.status()).as("%s reading %d MiB of '%s' in -Xmx%dm: %s", format, mib, shape, maxHeapMib,
        outcome.said()).isEqualTo(ParseInBoundedHeap.COMPLETED);
  }
}
