package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BriefingModuleTest {

  /** A user's own type with a briefing inside. */
  record Envelope(String id, Briefing briefing, List<Figure> highlights) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  static Stream<Briefing> briefings() {
    return Stream.concat(Stream.of(SeedBriefing.briefing()), BriefingGenerator.validBriefings(100, 31L));
  }

  @Test
  void findAndRegisterModulesFindsTheModule() {
    assertThat(MAPPER.getRegisteredModuleIds()).contains(BriefingModule.class.getName());
    assertThat(new BriefingModule().version().getArtifactId()).isEqualTo("briefing-json");
    assertThat(new BriefingModule().getModuleName()).isEqualTo("dev.briefing.json");
  }

  @Test
  void aNewMapperWritesAndReadsEveryModelTypeOnItsOwn() throws Exception {
    // Built here rather than shared: Jackson caches serializers per mapper, so only a new mapper
    // shows that registering the module alone sets up each type.
    ObjectMapper mapper = new ObjectMapper().registerModule(new BriefingModule());
    Briefing seed = SeedBriefing.briefing().withMetadata(Metadata.builder().id("k-1")
        .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/"))).build());
    Map<Class<?>, Object> values = new LinkedHashMap<>();
    values.put(Briefing.class, seed);
    values.put(Impact.class, seed.impacts().get(0));
    values.put(Figure.class, seed.figures().get(0));
    values.put(WatchItem.class, seed.watchItems().get(0));
    values.put(Metadata.class, seed.metadata());
    values.put(Source.class, seed.metadata().sources().get(0));

    for (Map.Entry<Class<?>, Object> value : values.entrySet()) {
      String json = mapper.writeValueAsString(value.getValue());
      assertThat(json).as(value.getKey().getSimpleName()).startsWith("{\"");
      assertThat(mapper.readValue(json, value.getKey())).as(value.getKey().getSimpleName()).isEqualTo(value.getValue());
    }
    assertThat(mapper.writeValueAsString(seed)).isEqualTo(BriefingJson.create().write(seed));
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void plainMapperWritesTheSameBytesAsTheCodecAndReadsThemBack(Briefing briefing) throws Exception {
    String json = MAPPER.writeValueAsString(briefing);

    assertThat(json).isEqualTo(BriefingJson.create().write(briefing));
    assertThat(MAPPER.readValue(json, Briefing.class)).isEqualTo(briefing);
  }

  @Test
  void indentingMapperReadsBackItsOwnOutput() throws Exception {
    ObjectMapper indenting = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);

    String json = indenting.writeValueAsString(SeedBriefing.briefing());

    assertThat(json).contains("\n");
    assertThat(indenting.readValue(json, Briefing.class)).isEqualTo(SeedBriefing.briefing());
  }

  @Test
  void briefingNestedInTheUsersRecordRoundTrips() throws Exception {
    Briefing seed = SeedBriefing.briefing();
    Envelope envelope = new Envelope("42", seed, List.of(seed.figures().get(0)));

    String json = MAPPER.writeValueAsString(envelope);
    Envelope back = MAPPER.readValue(json, Envelope.class);

    assertThat(back).isEqualTo(envelope);
    assertThat(json).startsWith("{\"id\":\"42\",\"briefing\":" + BriefingJson.create().write(seed));
  }

  @Test
  void impactFigureAndWatchItemUseTheWireFormatOnTheirOwn() throws Exception {
    Impact impact = Impact.of(2, "Rivals re-evaluate.");
    Figure figure = SeedBriefing.briefing().figures().get(2);
    WatchItem item = WatchItem.of("Compute Throttling", "Smaller models.");

    assertThat(MAPPER.writeValueAsString(impact)).isEqualTo("{\"order\":2,\"text\":\"Rivals re-evaluate.\"}");
    assertThat(MAPPER.writeValueAsString(figure)).isEqualTo("{\"value\":\"2,300–5,000\",\"label\":\"Estimated employee count"
        + " at Anthropic\",\"asOf\":\"2026\",\"quantity\":{\"low\":\"2300\",\"high\":\"5000\",\"approximate\":false}}");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(impact), Impact.class)).isEqualTo(impact);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(figure), Figure.class)).isEqualTo(figure);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(item), WatchItem.class)).isEqualTo(item);
  }

  @Test
  void badNestedBriefingGivesTheFullPathInTheUsersDocumentWithOurExceptionAsCause() {
    String briefing = Documents.replace("{\"value\": \"2,300–5,000\"", "{\"value\": 2300");
    String json = "{\"id\": \"42\", \"briefing\": " + briefing + ", \"highlights\": []}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e.getCause()).isInstanceOf(BriefingFormatException.class);
    assertThat(((BriefingFormatException) e.getCause()).location().path()).hasValue("$.briefing.figures[2].value");
    assertThat(e.getOriginalMessage()).startsWith("line 9, column ")
        .endsWith("at $.briefing.figures[2].value: expected a string but was NUMBER");
  }

  @Test
  void duplicatesAndUnknownPropertiesAreCaughtEvenThroughAPlainMapper() {
    String duplicate = Documents.replace("\"whatHappened\"", "\"signal\": \"again\",\n  \"whatHappened\"");
    String unknown = Documents.replace("\"signal\"", "\"mood\": \"calm\", \"signal\"");

    assertThat(catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(duplicate, Briefing.class)))
        .hasMessageContaining("duplicate property 'signal'");
    assertThat(catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(unknown, Briefing.class)))
        .hasMessageContaining("unknown property 'mood'");
  }

  @Test
  void invalidBriefingThroughAMapperCarriesEveryViolation() {
    String invalid = Documents.replace("\"order\": 1", "\"order\": 0");

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(invalid, Briefing.class));

    assertThat(e.getCause()).isInstanceOf(BriefingValidationException.class);
    assertThat(e.getOriginalMessage()).contains("impacts[0].order");
  }

  @Test
  void nullBriefingInTheUsersRecordStaysNull() throws Exception {
    Envelope back = MAPPER.readValue("{\"id\": \"1\", \"briefing\": null, \"highlights\": []}", Envelope.class);

    assertThat(back.briefing()).isNull();
  }
}
