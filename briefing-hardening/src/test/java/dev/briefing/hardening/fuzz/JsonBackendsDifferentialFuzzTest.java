package dev.briefing.hardening.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefing.hardening.support.Printable;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes Jackson 2 against Jackson 3 under the codec: for every way of reading
 * ({@link CodecReads}), both backends give the same briefings, or refuse with the same
 * exception, message, line, column and path. In every build the inputs under
 * {@code src/test/resources/dev/briefing/hardening/fuzz/JsonBackendsDifferentialFuzzTestInputs/fuzz/}
 * run as regression tests; with the {@code fuzz} profile Jazzer mutates them for
 * {@code fuzz.duration}.
 */
class JsonBackendsDifferentialFuzzTest {

  @FuzzTest(maxDuration = FuzzBudget.DURATION)
  void fuzz(byte[] input) {
    Map<String, String> jackson2 = CodecReads.on("jackson2").outcomes(input);
    Map<String, String> jackson3 = CodecReads.on("jackson3").outcomes(input);

    assertThat(jackson2).as("Jackson 2 and Jackson 3 for input %s",
        Printable.of(new String(input, StandardCharsets.UTF_8))).isEqualTo(jackson3);
  }
}
