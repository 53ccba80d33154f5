package dev.briefing.hardening.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the JSON codec's read path on both backends, strict and lenient, documents and NDJSON:
 * only our exception may escape, and a format error says where ({@link CodecReads}). In every
 * build the inputs under
 * {@code src/test/resources/dev/briefing/hardening/fuzz/JsonCodecReadFuzzTestInputs/fuzz/} run as
 * regression tests; with the {@code fuzz} profile Jazzer mutates them for {@code fuzz.duration}.
 */
class JsonCodecReadFuzzTest {

  @FuzzTest(maxDuration = FuzzBudget.DURATION)
  void fuzz(byte[] input) {
    for (String backend : CodecReads.BACKENDS) {
      CodecReads.on(backend).outcomes(input);
    }
  }
}
