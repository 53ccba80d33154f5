package dev.briefing.hardening.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.hardening.support.RequiredFormats;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and Markdown parsers answer 1 MiB and 4 MiB pathological inputs within a heap of ten
 * times the input (their tolerant readings within 48 times, the HTML parser within 96 times, for
 * jsoup's DOM), and never less than 32 MiB, which an idle JVM nearly fills with itself, in a
 * child JVM started with that {@code -Xmx}. Holding a string and a repair record per line, or
 * a CommonMark node per list item, needed more than 256 MiB for 4 MiB; 1 MiB of lists nested
 * 64 deep needed 96 MiB. Each case is a JVM of its own, so two run at once: the heap each is
 * given is its own whatever the other does.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParserMemoryTest {

  private static final int FLOOR_MIB = 32;
  /**
   * jsoup keeps an element object, its attributes and a child list for every tag: 4 MiB of
   * {@code <li></li>} needed more than 192 MiB, so HTML gets 96 times the input (docs/security.md).
   */
  private static final int HTML_FACTOR = 96;
  /**
   * The tolerant reader keeps a block per line: 4 MiB of {@code - } lines, headings, table rows
   * or order words did not fit in 80 MiB and read in 160 MiB: about 40 times the input, on JDK 17
   * and 25 alike (1 MiB of order words needs 40 MiB on 17 and 44 on 25), so it gets 48 times, a
   * margin of a fifth over what it needs.
   */
  private static final int TOLERANT_FACTOR = 48;

  static Stream<Arguments> shapes() {
    return Stream.of("text", "markdown", "html").filter(RequiredFormats.readable()::contains)
        .flatMap(format -> Readers.of(format).stream())
        .flatMap(reader -> MemoryShapes.forReader(reader).keySet().stream()
            .flatMap(shape -> Stream.of(1, 4).map(mib -> Arguments.of(reader, shape, mib))));
  }

  @ParameterizedTest(name = "{0}: {1}, {2} MiB", allowZeroInvocations = true)
  @MethodSource("shapes")
  void answersAPathologicalInputWithinABoundedMultipleOfItsSizeInHeap(String reader, String shape, int mib)
      throws Exception {
    int maxHeapMib = Math.max(FLOOR_MIB, heapFactor(reader) * mib);

    BoundedHeap.Outcome outcome = BoundedHeap.parse(maxHeapMib, reader, shape, mib << 20);

    assertThat(outcome.status()).as("%s reading %d MiB of '%s' in -Xmx%dm: %s", reader, mib, shape, maxHeapMib,
        outcome.said()).isEqualTo(ParseInBoundedHeap.COMPLETED);
  }

  /** Ten for the strict text and Markdown parsers. */
  private static int heapFactor(String reader) {
    return reader.equals("html") ? HTML_FACTOR : Readers.isTolerant(reader) ? TOLERANT_FACTOR : 10;
  }
}
