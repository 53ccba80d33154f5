package dev.briefing.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;
import dev.briefing.core.Violation;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Boot's own auto-configured {@link Validator}, the one behind {@code @Valid} and {@code
 * @Validated}, finds exactly what {@link BriefingValidator} finds, with no configuration: each
 * starter's test runs this on {@link SampleApplication}.
 */
public abstract class BootValidatorContract {

  @Autowired
  private Validator validator;

  static Stream<Briefing> briefings() {
    Briefing seed = SeedBriefing.briefing();
    Stream<Briefing> invalid = Stream.of(
        seed.withSignal(" "),
        seed.withWhatHappened("x".repeat(20_001)),
        seed.withImpacts(Impact.of(2, "second"), Impact.of(1, "")),
        seed.withImpacts(Impact.of(11, "eleventh")),
        seed.withFigures(Figure.builder().value("").label(" ").build()),
        seed.withWatchItems(WatchItem.of("", "a\u0007bell")));
    return Stream.of(invalid, BriefingGenerator.validBriefings(20, 14), BriefingGenerator.hostileBriefings(60, 14))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void bootsValidatorFindsTheViolationsBriefingValidatorFinds(Briefing briefing) {
    List<String> expected = BriefingValidator.standard().validate(briefing).stream()
        .map(Violation::path).sorted().toList();
    List<String> found = validator.validate(briefing).stream()
        .map(ConstraintViolation::getPropertyPath).map(Object::toString).sorted().toList();
    assertThat(found).isEqualTo(expected);
  }
}
