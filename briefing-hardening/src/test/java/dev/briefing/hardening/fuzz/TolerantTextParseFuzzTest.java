package dev.briefing.hardening.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.text.TextParser;

/**
 * Fuzzes tolerant reading of plain text. In every build the inputs under
 * {@code src/test/resources/dev/briefing/hardening/fuzz/TolerantTextParseFuzzTestInputs/fuzz/} run as regression
 * tests; with the {@code fuzz} profile Jazzer mutates them for {@code fuzz.duration}.
 */
class TolerantTextParseFuzzTest {

  private static final BriefingParser PARSER = TextParser.of(ParseOptions.builder().tolerant(true).build());

  @FuzzTest(maxDuration = FuzzBudget.DURATION)
  void fuzz(byte[] input) {
    FuzzOracle.readWith(PARSER, input);
  }
}
