package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.internal.validation.ModelRules;
import dev.briefing.core.internal.validation.FastValidity;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allocation-free check and the constraint annotations give the same verdict, so a
 * briefing the fast path passes has no violation the annotations would name.
 */
class ValidationAgreementTest {

  @SuppressWarnings("unchecked")
  static Stream<Arguments> briefings() {
    List<Arguments> rules = ConstraintTest.rules().toList();
    Stream<Arguments> broken = rules.stream().flatMap(rule -> Stream.of(
        Arguments.of("valid: " + rule.get()[0], ((UnaryOperator<Briefing>) rule.get()[1]).apply(SeedBriefing.briefing())),
        Arguments.of("broken: " + rule.get()[0], ((UnaryOperator<Briefing>) rule.get()[2]).apply(SeedBriefing.briefing()))));
    Stream<Arguments> valid = BriefingGenerator.validBriefings(300, 11).map(b -> Arguments.of("generated valid", b));
    Stream<Arguments> hostile = BriefingGenerator.hostileBriefings(300, 12).map(b -> Arguments.of("generated hostile", b));
    Stream<Arguments> editorial = BriefingGenerator.hostileEditorialBriefings(300, 13).map(b -> Arguments.of("generated hostile 1.1", b));
    return Stream.of(broken, valid, hostile, editorial).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void fastCheckAgreesWithBeanValidation(String name, Briefing briefing) {
    assertThat(FastValidity.isValid(briefing)).isEqualTo(ModelRules.violations(briefing).isEmpty());
  }
}
