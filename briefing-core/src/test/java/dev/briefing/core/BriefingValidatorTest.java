package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import org.junit.jupiter.api.Test;

class BriefingValidatorTest {

  private final BriefingValidator validator = BriefingValidator.standard();

  @Test
  void seedIsValid() {
    assertThat(validator.validate(SeedBriefing.briefing())).isEmpty();
  }

  @Test
  void blankSignalIsReportedThroughTheAccessor() {
    Briefing briefing = SeedBriefing.briefing().withSignal("   ");
    assertThat(validator.validate(briefing)).extracting(Violation::path).containsExactly("signal");
  }

  @Test
  void blankImpactTextHasIndexedPath() {
    Briefing seed = SeedBriefing.briefing();
    Briefing briefing = seed.withImpacts(seed.impacts().get(0), Impact.of(2, " "));
    assertThat(validator.validate(briefing)).extracting(Violation::toString)
        .containsExactly("impacts[1].text: must not be blank");
  }

  @Test
  void generatedValidBriefingsValidate() {
    BriefingGenerator.validBriefings(200, 7).forEach(b -> assertThat(validator.validate(b)).isEmpty());
  }

  @Test
  void requireValidThrowsWithEveryViolation() {
    Briefing briefing = SeedBriefing.briefing().withSignal("").withWhatHappened("\u0000");
    assertThatThrownBy(() -> validator.requireValid(briefing))
        .isInstanceOfSatisfying(BriefingValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("signal", "whatHappened"));
  }

  @Test
  void requireValidGivesBackTheSameBriefing() {
    Briefing seed = SeedBriefing.briefing();
    assertThat(validator.requireValid(seed)).isSameAs(seed);
  }

  @Test
  void exceptionMessageCountsAndListsTheViolations() {
    assertThatThrownBy(() -> validator.requireValid(SeedBriefing.briefing().withSignal("")))
        .hasMessage("Invalid briefing, 1 problem: signal: must not be blank");
    assertThatThrownBy(() -> validator.requireValid(SeedBriefing.briefing().withSignal("").withWhatHappened(" ")))
        .hasMessage("Invalid briefing, 2 problems: signal: must not be blank; whatHappened: must not be blank");
  }

  @Test
  void anExceptionWithoutViolationsIsRefused() {
    assertThatThrownBy(() -> new BriefingValidationException(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void javascriptSourceUrlIsRejected() {
    Briefing briefing = SeedBriefing.briefing().withMetadata(Metadata.builder()
        .addSources(Source.of("x", URI.create("javascript:alert(1)"))).build());
    assertThat(validator.validate(briefing)).extracting(Violation::path).containsExactly("metadata.sources[0].url");
  }
}
