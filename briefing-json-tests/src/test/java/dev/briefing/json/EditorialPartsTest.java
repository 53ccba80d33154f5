package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.SeedBriefing;
import java.io.StringWriter;
import java.time.Period;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The model 1.1 parts on the wire, and the schemaVersion a document declares. */
class EditorialPartsTest {

  private static final String GOLDEN = "/golden/signal-karpathy-anthropic-1.1.json";
  private static final Briefing SEED = SeedBriefing.briefing();

  @Test
  void theOnePointOneSeedMatchesItsGoldenFileAndReadsBack() {
    String golden = TestResources.text(GOLDEN);

    assertThat(BriefingJson.create().pretty().write(SeedBriefing.editorialBriefing())).isEqualTo(golden);
    assertThat(BriefingJson.create().read(golden)).isEqualTo(SeedBriefing.editorialBriefing());
  }

  @Test
  void aBriefingWithoutOnePointOnePartsIsStillWrittenAsOnePointZero() {
    assertThat(BriefingJson.create().write(SEED)).startsWith("{\"schemaVersion\":\"1.0\",");
  }

  static Stream<Arguments> eachPart() {
    WatchItem item = SEED.watchItems().get(0);
    return Stream.of(
        Arguments.of("signal likelihood", (UnaryOperator<Briefing>) b -> b.withSignalLikelihood(Likelihood.UNLIKELY)),
        Arguments.of("signal confidence", (UnaryOperator<Briefing>) b -> b.withSignalConfidence(Confidence.HIGH)),
        Arguments.of("signal horizon", (UnaryOperator<Briefing>) b -> b.withSignalHorizon(Period.ofYears(2))),
        Arguments.of("impact likelihood", (UnaryOperator<Briefing>) b -> b.withImpacts(b.impacts().get(0).withLikelihood(Likelihood.LIKELY))),
        Arguments.of("impact confidence", (UnaryOperator<Briefing>) b -> b.withImpacts(b.impacts().get(0).withConfidence(Confidence.LOW))),
        Arguments.of("impact horizon", (UnaryOperator<Briefing>) b -> b.withImpacts(b.impacts().get(0).withHorizon(Period.ofDays(10)))),
        Arguments.of("alternative view", (UnaryOperator<Briefing>) b -> b.withAlternativeViews(AlternativeView.of("Other view."))),
        Arguments.of("signpost", (UnaryOperator<Briefing>) b -> b.withWatchItems(item.withSignposts(Signpost.of("Grants disclosed")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachPart")
  void anyOnePointOnePartMakesTheDocumentDeclareOnePointOne(String part, UnaryOperator<Briefing> edit) {
    Briefing edited = edit.apply(SEED);
    String json = BriefingJson.create().write(edited);

    assertThat(json).startsWith("{\"schemaVersion\":\"1.1\",");
    assertThat(BriefingJson.create().read(json)).isEqualTo(edited);
  }

  @Test
  void aDocumentDeclaringOnePointZeroWithOnePointOnePropertiesIsReadAsWritten() {
    String document = Documents.replace("\"signal\"", "\"signalLikelihood\": \"very likely\", \"signal\"");

    assertThat(BriefingJson.create().read(document).signalLikelihood()).contains(Likelihood.VERY_LIKELY);
  }

  @Test
  void aTermOffTheScaleIsNamedWithItsPathAndTheTerms() {
    String document = Documents.replace("\"text\": \"The lab gains a proven operator.\"}",
        "\"text\": \"The lab gains a proven operator.\", \"likelihood\": \"probable\"}");

    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class, () -> BriefingJson.create().read(document));

    assertThat(e.location().path()).hasValue("$.impacts[0].likelihood");
    assertThat(e.problem()).isEqualTo("expected one of \"almost no chance\", \"very unlikely\", \"unlikely\", "
        + "\"roughly even chance\", \"likely\", \"very likely\", \"almost certain\" but was \"probable\"");
  }

  @Test
  void aSignpostWithoutStatusReadsAsOpenAndIsWrittenWithIt() {
    String document = Documents.replace("\"Retention offers.\"}",
        "\"Retention offers.\", \"signposts\": [{\"indicator\": \"Grants disclosed\", \"reviewBy\": \"2026-06-30\"}]}");

    Briefing read = BriefingJson.create().read(document);

    assertThat(BriefingJson.create().write(read))
        .contains("\"signposts\":[{\"indicator\":\"Grants disclosed\",\"reviewBy\":\"2026-06-30\",\"status\":\"open\"}]");
  }

  @Test
  void aHorizonTheWireCannotHoldFailsTheWriteBeforeAnythingIsWritten() {
    Briefing unwritable = SEED.withImpacts(SEED.impacts().get(0).withHorizon(Period.ofMonths(-3)));
    StringWriter out = new StringWriter();

    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class,
        () -> BriefingJson.create().withoutValidation().write(unwritable, out));

    assertThat(e.location().path()).hasValue("$.impacts[0].horizon");
    assertThat(out.toString()).isEmpty();
  }
}
