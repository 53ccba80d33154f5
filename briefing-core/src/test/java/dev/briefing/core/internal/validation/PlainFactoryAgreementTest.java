package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.Violation;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two oracles for {@code BriefingValidator}, which names violations without a provider:
 *
 * <ul>
 *   <li>an application's plain {@code Validation.buildDefaultValidatorFactory()}, with no
 *       configuration at all, finds exactly the same violations (paths and messages), as
 *       Spring's {@code @Valid} would;
 *   <li>Hibernate Validator told to read the accessors as properties, so that it evaluates every
 *       annotation itself, agrees too: the rules' meaning is the provider's, not a reading of
 *       our own ({@code AccessorConstraints}' violations, which repeat the same findings, are
 *       left out of its answer).
 * </ul>
 */
class PlainFactoryAgreementTest {
  private static final Validator DEFAULT = Validation.buildDefaultValidatorFactory().getValidator();
  private static final Validator READING_ACCESSORS = Validation.byProvider(HibernateValidator.class)
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
            .id(" ").addAuthors("a", "").addTags("t".repeat(101)).addSources(badSource).build())),
        Arguments.of("message with template characters", seed.withSignal("{x} ${y} \\ \u0001")),
        Arguments.of("publication year beyond 9999", seed.withMetadata(Metadata.builder()
            .published(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).build())));
    Stream<Arguments> hostile = BriefingGenerator.hostileBriefings(150, 21).map(b -> Arguments.of("generated hostile", b));
    Stream<Arguments> editorial = BriefingGenerator.hostileEditorialBriefings(150, 22).map(b -> Arguments.of("generated hostile 1.1", b));
    Stream<Arguments> editorialBroken = Stream.of(Arguments.of("1.1 parts", seed
        .withSignalHorizon(java.time.Period.ofMonths(-1))
        .withAlternativeViews(dev.briefing.core.AlternativeView.of(" "))
        .withWatchItems(WatchItem.of("t", "d").withSignposts(dev.briefing.core.Signpost.of("")
            .withReviewBy(java.time.LocalDate.of(10_000, 1, 1))))));
    return Stream.of(broken, editorialBroken, hostile, editorial).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void aDefaultFactoryWithNoConfigurationFindsWhatBriefingValidatorFinds(String name, Briefing briefing) {
    List<Violation> ours = BriefingValidator.standard().validate(briefing);
    Set<ConstraintViolation<Briefing>> found = DEFAULT.validate(briefing);

    assertThat(found.stream().map(PlainFactoryAgreementTest::violation).toList())
        .containsExactlyInAnyOrderElementsOf(ours);
    // What Spring and most tools print is the provider's own rendering of the path.
    assertThat(found).allSatisfy(v -> assertThat(ours).extracting(Violation::path)
        .contains(v.getPropertyPath().toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void theProviderReadingTheAnnotationsItselfAgrees(String name, Briefing briefing) {
    List<Violation> theirs = READING_ACCESSORS.validate(briefing).stream()
        .filter(v -> !(v.getConstraintDescriptor().getAnnotation() instanceof AccessorConstraints))
        .map(PlainFactoryAgreementTest::violation)
        .toList();

    assertThat(theirs).containsExactlyInAnyOrderElementsOf(BriefingValidator.standard().validate(briefing));
  }

  private static Violation violation(ConstraintViolation<?> v) {
    return Violation.of(path(v.getPropertyPath()), v.getMessage());
  }

  /** {@code impacts[1].text}, leaving out container-element nodes' names ({@code <list element>}). */
  private static String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        out.append(out.length() > 0 ? "." : "").append(name);
      }
    }
    return out.toString();
  }
}
