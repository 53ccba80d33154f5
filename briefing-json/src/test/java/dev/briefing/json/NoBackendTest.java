package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import org.junit.jupiter.api.Test;

/**
 * This module's own tests run without either Jackson artifact, as a user who added only
 * {@code briefing-json} would: the codec can be made, and its first use says what to add.
 */
class NoBackendTest {

  private static final Briefing BRIEFING = Briefing.builder().signal("Talent wins.").whatHappened("A move.")
      .addImpacts(Impact.of(1, "Gains.")).build();

  @Test
  void theCodecIsMadeWithoutABackend() {
    assertThat(BriefingJson.create().pretty().lenient().isLenient()).isTrue();
  }

  @Test
  void theFirstWriteOrReadNamesBothArtifacts() {
    for (Runnable use : new Runnable[] {
        () -> BriefingJson.create().write(BRIEFING),
        () -> BriefingJson.create().read("{}"),
        () -> BriefingJson.create().backend()}) {
      IllegalStateException e = catchThrowableOfType(IllegalStateException.class, use::run);

      assertThat(e).hasMessage("no JSON backend found: add the artifact dev.briefing:briefing-jackson3"
          + " (for Jackson 3) or dev.briefing:briefing-jackson2 (for Jackson 2)");
    }
  }
}
