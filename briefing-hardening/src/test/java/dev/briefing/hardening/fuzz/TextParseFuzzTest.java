package dev.briefing.hardening.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plain-text parser. In every build the inputs under
 * {@code src/test/resources/dev/briefing/hardening/fuzz/TextParseFuzzTestInputs/fuzz/} run as regression
 * tests; with the {@code fuzz} profile Jazzer mutates them for {@code fuzz.duration}.
 */
class TextParseFuzzTest {

  @FuzzTest(maxDuration = FuzzBudget.DURATION)
  void fuzz(byte[] input) {
    FuzzOracle.read("text", input);
  }
}
