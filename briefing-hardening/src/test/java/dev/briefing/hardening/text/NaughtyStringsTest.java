package dev.briefing.hardening.text;

import dev.briefing.hardening.corpus.NaughtyStrings;
import dev.briefing.hardening.support.BenignBriefing;
import dev.briefing.hardening.support.Exposure;
import dev.briefing.hardening.support.TextField;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Big List of Naughty Strings entry in every text field, through every format: rendered
 * without error, safe in HTML, and back unchanged from every format that reads.
 */
class NaughtyStringsTest {

  static Stream<Arguments> fields() {
    return Stream.of(TextField.values()).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("fields")
  void everyNaughtyStringSurvivesEveryFormat(TextField field) {
    for (String naughty : NaughtyStrings.load()) {
      Exposure.check(field.put(BenignBriefing.create(), naughty), naughty);
    }
  }
}
