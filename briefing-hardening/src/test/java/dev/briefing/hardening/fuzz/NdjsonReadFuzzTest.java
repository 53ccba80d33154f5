package dev.briefing.hardening.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the NDJSON streaming reader. In every build the inputs under
 * {@code src/test/resources/dev/briefing/hardening/fuzz/NdjsonReadFuzzTestInputs/fuzz/} run as regression
 * tests; with the {@code fuzz} profile Jazzer mutates them for {@code fuzz.duration}.
 */
class NdjsonReadFuzzTest {

  @FuzzTest(maxDuration = FuzzBudget.DURATION)
  void fuzz(byte[] input) {
    FuzzOracle.readAll("ndjson", input);
  }
}
