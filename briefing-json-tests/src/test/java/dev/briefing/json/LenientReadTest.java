package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.ParseResult;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientReadTest {

  private static final BriefingJson LENIENT = BriefingJson.create().lenient();

  private static final String WITH_UNKNOWNS = Documents
      .replace("\"signal\":", "\"summary\": {\"short\": [1, 2, {\"x\": null}]},\n  \"signal\":")
      .replace("\"label\": \"Valuation\"", "\"label\": \"Valuation\", \"note\": \"estimate\"")
      .replace("\n}", ",\n  \"metadata\": {\"desk\": \"AI\"}\n}");

  @Test
  void strictReadRejectsWhatLenientReadKeeps() {
    assertThatThrownBy(() -> BriefingJson.create().readDocument(WITH_UNKNOWNS))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("at $.summary: unknown property 'summary'");
  }

  @Test
  void lenientReadKeepsUnknownPropertiesByPointerAsCompactJson() {
    JsonDocument document = LENIENT.readDocument(WITH_UNKNOWNS);

    assertThat(document.unknown()).containsExactly(
        Map.entry("/summary", "{\"short\":[1,2,{\"x\":null}]}"),
        Map.entry("/figures/1/note", "\"estimate\""),
        Map.entry("/metadata/desk", "\"AI\""));
    assertThat(document.briefing()).isEqualTo(BriefingJson.create().read(Documents.VALID));
  }

  @Test
  void unknownPropertiesComeBackOutOnWriteAndSurviveAnotherRoundTrip() {
    JsonDocument document = LENIENT.readDocument(WITH_UNKNOWNS);

    String written = LENIENT.pretty().write(document);

    assertThat(written).contains("\"summary\": {", "\"note\": \"estimate\"", "\"desk\": \"AI\"");
    assertThat(LENIENT.readDocument(written)).isEqualTo(document);
    assertThat(LENIENT.pretty().write(LENIENT.readDocument(written))).isEqualTo(written);
  }

  @Test
  void unknownPropertiesStayWithTheirObjectWhenTheBriefingIsEdited() {
    JsonDocument document = LENIENT.readDocument(WITH_UNKNOWNS);

    JsonDocument edited = document.withBriefing(document.briefing().withTitle("Karpathy joins Anthropic"));
    JsonDocument back = LENIENT.readDocument(LENIENT.write(edited));

    assertThat(back.briefing().title()).hasValue("Karpathy joins Anthropic");
    assertThat(back.unknown()).isEqualTo(document.unknown());
  }

  @Test
  void unknownPropertyWhoseObjectIsGoneFailsTheWholeWrite() {
    JsonDocument document = LENIENT.readDocument(WITH_UNKNOWNS);
    JsonDocument shrunk = document.withBriefing(document.briefing().withFigures(document.briefing().figures().get(0)));

    assertThatThrownBy(() -> LENIENT.write(shrunk))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessage("at $.figures[1].note: unknown property \"/figures/1/note\" has no object in the briefing to go in");
  }

  /** The seed-like document with one source, so that every kind of object exists once. */
  private static final dev.briefing.core.Briefing WITH_SOURCE = BriefingJson.create().read(Documents.VALID)
      .withMetadata(dev.briefing.core.Metadata.builder()
          .addSources(dev.briefing.core.Source.of("Lab", java.net.URI.create("https://lab.example/"))).build());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/x", "/metadata/x", "/metadata/sources/0/x", "/impacts/0/x", "/figures/0/x",
      "/figures/2/x", "/figures/2/quantity/x", "/watchItems/0/x"})
  void unknownPropertyGoesIntoTheObjectItsPointerNames(String pointer) {
    JsonDocument document = JsonDocument.of(WITH_SOURCE, Map.of(pointer, "true"));

    JsonDocument back = LENIENT.readDocument(LENIENT.write(document));

    assertThat(back).isEqualTo(document).hasSameHashCodeAs(document);
    assertThat(back.unknown()).containsExactly(Map.entry(pointer, "true"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/impacts/1/x", "/figures/3/x", "/figures/01/x", "/watchItems/1/x",
      "/metadata/sources/1/x", "/figures/3/quantity/x", "/signal/x", "/notes/0/x", "/impacts/0/x/y",
      "/metadata/sources/0/x/y", "/a/b/c/d"})
  void unknownPropertyWithoutItsObjectIsRefused(String pointer) {
    JsonDocument document = JsonDocument.of(WITH_SOURCE, Map.of(pointer, "true"));

    assertThatThrownBy(() -> LENIENT.write(document))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("has no object in the briefing to go in");
  }

  @Test
  void documentsAreEqualByBriefingAndUnknownProperties() {
    JsonDocument document = JsonDocument.of(WITH_SOURCE, Map.of("/x", "1"));

    assertThat(document).isEqualTo(JsonDocument.of(WITH_SOURCE, Map.of("/x", "1")))
        .hasSameHashCodeAs(JsonDocument.of(WITH_SOURCE, Map.of("/x", "1")))
        .isNotEqualTo(JsonDocument.of(WITH_SOURCE, Map.of("/x", "2")))
        .isNotEqualTo(JsonDocument.of(WITH_SOURCE.withSignal("Other."), Map.of("/x", "1")))
        .isNotEqualTo(WITH_SOURCE);
    assertThat(document.hashCode()).isNotEqualTo(JsonDocument.of(WITH_SOURCE).hashCode());
    assertThat(document.toString()).startsWith("JsonDocument{briefing=Briefing{").endsWith(", unknown={/x=1}}");
  }

  @Test
  void unknownPropertyNamedLikeAKnownOneIsRefused() {
    JsonDocument clash = JsonDocument.of(BriefingJson.create().read(Documents.VALID), Map.of("/signal", "\"twice\""));

    assertThatThrownBy(() -> LENIENT.write(clash))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("is a property the format defines");
  }

  @Test
  void rawValuesMustBeOneJsonValue() {
    assertThatThrownBy(() -> JsonDocument.of(BriefingJson.create().read(Documents.VALID), Map.of("/x", "{")))
        .isInstanceOf(BriefingFormatException.class).hasMessageStartingWith("at $.x: not a JSON value");
    assertThatThrownBy(() -> JsonDocument.of(BriefingJson.create().read(Documents.VALID), Map.of("/x", "1 2")))
        .isInstanceOf(BriefingFormatException.class).hasMessage("at $.x: expected one JSON value but more follows it");
  }

  @Test
  void lenientStillRejectsDuplicatesWrongTypesAndMissingProperties() {
    assertThatThrownBy(() -> LENIENT.read(Documents.replace("\"signal\": \"Talent", "\"signal\": 1, \"x\": \"Talent")))
        .isInstanceOf(BriefingFormatException.class).hasMessageContaining("expected a string but was NUMBER");
    assertThatThrownBy(() -> LENIENT.read(Documents.replace("\"impacts\":", "\"x\": 1, \"x\": 2, \"impacts\":")))
        .isInstanceOf(BriefingFormatException.class).hasMessageContaining("duplicate property 'x'");
  }

  @Test
  void lenientParserOfTheFormatSpiWarnsOfEachUnknownPropertyItCannotKeep() {
    ParseResult result = LENIENT.asParser().read(new StringReader(WITH_UNKNOWNS));

    assertThat(result.warnings()).extracting(w -> w.location().path().orElseThrow())
        .containsExactly("$.summary", "$.figures[1].note", "$.metadata.desk");
  }
}
