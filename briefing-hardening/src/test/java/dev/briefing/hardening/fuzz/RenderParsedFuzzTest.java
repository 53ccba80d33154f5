package dev.briefing.hardening.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefing.hardening.support.RequiredFormats;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes render(parse(x)) for every format: the first byte picks the reader, the rest is its
 * input, and whatever it reads goes through every writer (HTML safety, round trips). Regression
 * inputs live in {@code RenderParsedFuzzTestInputs/fuzz/}.
 */
class RenderParsedFuzzTest {

  @FuzzTest(maxDuration = FuzzBudget.DURATION)
  void fuzz(byte[] input) {
    List<String> readers = RequiredFormats.readable();
    if (input.length == 0 || readers.isEmpty()) {
      return;
    }
    String format = readers.get(Byte.toUnsignedInt(input[0]) % readers.size());
    FuzzOracle.read(format, Arrays.copyOfRange(input, 1, input.length));
  }
}
