package dev.briefing.hardening.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.BriefingException;
import dev.briefing.hardening.support.RequiredFormats;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Huge inputs are refused with our exception, early, without running out of memory: each
 * reader gets an input that would be 1 GiB of characters (2 GiB of heap as a String) in a test
 * JVM of 512 MiB, and must refuse it after at most 64 Mi characters.
 */
class HugeInputTest {

  private static final long ONE_GIB = 1L << 30;
  private static final long MAX_READ_BEFORE_REFUSAL = 64L << 20;

  static Stream<Arguments> hugeInputs() {
    return RequiredFormats.readable().stream().flatMap(format -> Stream.of(
        Arguments.of(format, "one endless string", head(format), "a"),
        Arguments.of(format, "one endless paragraph", head(format), "word "),
        Arguments.of(format, "endless lines", head(format), "line\n")));
  }

  /** A start each reader takes as the beginning of a briefing, so the refusal is about size. */
  private static String head(String format) {
    switch (format) {
      case "json":
      case "ndjson":
        return "{\"signal\":\"";
      case "markdown":
        return "## The Signal\n\n";
      default:
        return "The Signal\n\n";
    }
  }

  @ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
  @MethodSource("hugeInputs")
  void hugeInputIsRefusedEarly(String format, String shape, String head, String unit) {
    EndlessReader in = new EndlessReader(head, unit, ONE_GIB);
    Throwable thrown = null;
    try {
      Iterator<?> all = RequiredFormats.parser(format).parseAll(in).iterator();
      while (all.hasNext() && in.delivered() < ONE_GIB) {
        all.next();
      }
    } catch (OutOfMemoryError | RuntimeException e) {
      thrown = e;
    }
    assertThat(thrown).as("%s must refuse %s", format, shape).isInstanceOf(BriefingException.class);
    assertThat(in.delivered()).as("%s characters read before refusing %s", format, shape)
        .isLessThanOrEqualTo(MAX_READ_BEFORE_REFUSAL);
    assertThat(thrown.getMessage()).as("the refusal says what was too large").isNotBlank();
  }
}
