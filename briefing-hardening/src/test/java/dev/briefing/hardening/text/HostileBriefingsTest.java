package dev.briefing.hardening.text;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.hardening.support.Exposure;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated briefings with control characters, bidi controls and ragged whitespace (not valid)
 * and with markup-looking text (valid): every format writes them, HTML stays safe, and the
 * valid ones come back unchanged.
 */
class HostileBriefingsTest {

  static Stream<Briefing> hostile() {
    return BriefingGenerator.hostileBriefings(300, 0x7A11L);
  }

  static Stream<Briefing> valid() {
    return BriefingGenerator.validBriefings(300, 0x7A12L);
  }

  @ParameterizedTest(name = "[{index}]", allowZeroInvocations = true)
  @MethodSource("hostile")
  void hostileBriefingsRenderSafely(Briefing briefing) {
    Exposure.check(briefing, briefing.signal());
  }

  @ParameterizedTest(name = "[{index}]", allowZeroInvocations = true)
  @MethodSource("valid")
  void markupLookingBriefingsRenderSafelyAndComeBack(Briefing briefing) {
    Exposure.check(briefing, briefing.signal());
  }
}
