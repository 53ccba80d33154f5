package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.Violation;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The start-up shortcuts of the shared validator (predefined scope, model types read in place of
 * their generated classes, only the built-in constraints the model uses) change nothing it finds:
 * an application's own Hibernate Validator factory with default settings (apart from reading
 * accessors as properties), used in the same JVM on the annotated model, names the same
 * violations.
 */
class PlainFactoryAgreementTest {
  private static final Validator PLAIN = Validation.byProvider(HibernateValidator.class)
      .providerResolver(() -> List.of(new HibernateValidator()))
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .getterPropertySelectionStrategy(new AccessorPropertySelection())
      .buildValidatorFactory()
      .getValidator();

  static Stream<Arguments> briefings() {
    Briefing seed = SeedBriefing.briefing();
    Source badSource = Source.of(" ", URI.create("ftp://x.example/"));
    Stream<Arguments> broken = Stream.of(
        Arguments.of("blank signal", seed.withSignal(" ")),
        Arguments.of("impacts out of order and out of range",
            seed.withImpacts(Impact.of(2, "a"), Impact.of(1, "b"), Impact.of(11, " "))),
        Arguments.of("figure and watch item", seed
            .withFigures(Figure.of(" ", "x".repeat(501)).withSource(""))
            .withWatchItems(WatchItem.of("", "d\u0007"))),
        Arguments.of("metadata", seed.withTitle("a\nb").withMetadata(Metadata.builder()
            .id(" ").addAuthors("a", "").addTags("t".repeat(101)).addSources(badSource).build())));
    Stream<Arguments> hostile = BriefingGenerator.hostileBriefings(100, 21).map(b -> Arguments.of("generated hostile", b));
    return Stream.concat(broken, hostile);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void sharedValidatorFindsWhatAPlainFactoryFinds(String name, Briefing briefing) {
    List<Violation> shared = BeanValidation.violations(briefing);
    List<Violation> plain = PLAIN.validate(briefing).stream()
        .map(v -> Violation.of(BeanValidation.path(v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(Violation::path, PathOrder.INSTANCE).thenComparing(Violation::message))
        .toList();

    assertThat(shared).isEqualTo(plain);
  }
}
