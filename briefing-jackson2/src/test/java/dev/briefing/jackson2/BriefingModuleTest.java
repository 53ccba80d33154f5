package dev.briefing.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.Violation;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.PublicModelValues;
import dev.briefing.core.testing.WithoutJacksonModule;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import java.net.URI;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The module as a user's own Jackson 2 mapper uses it. */
class BriefingModuleTest {

  /** A user's own type with a briefing inside, beside the JDK types other modules handle. */
  record Envelope(String id, Instant received, Optional<String> note, Briefing briefing,
      List<Figure> highlights, Map<String, Impact> byName) {}

  /** A cache entry as Redis or a cache serializer would hold it, typed by class name. */
  record Cached(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object value) {}

  /** Views, as a REST controller would pick one. */
  static final class Views {
    interface Summary {}

    interface Full extends Summary {}
  }

  record Page(@JsonView(Views.Summary.class) String id, @JsonView(Views.Full.class) Briefing briefing) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final BriefingJson CODEC = BriefingJson.create().withBackend("jackson2");

  static Stream<Briefing> briefings() {
    return Stream.concat(Stream.of(SeedBriefing.briefing()), BriefingGenerator.validBriefings(100, 31L));
  }

  private static String seedJsonWith(String target, String replacement) {
    String json = CODEC.pretty().write(SeedBriefing.briefing());
    assertThat(json).contains(target);
    return json.replaceFirst(java.util.regex.Pattern.quote(target), java.util.regex.Matcher.quoteReplacement(replacement));
  }

  @Test
  void findAndRegisterModulesFindsTheModule() {
    assertThat(MAPPER.getRegisteredModuleIds()).contains(BriefingModule.class.getName());
    assertThat(new BriefingModule().version().getArtifactId()).isEqualTo("briefing-jackson2");
    assertThat(new BriefingModule().getModuleName()).isEqualTo("dev.briefing.jackson2");
  }

  @Test
  void aNewMapperWritesAndReadsEveryPublicModelTypeOnItsOwn() throws Exception {
    // Built here rather than shared: Jackson caches serializers per mapper, so only a new mapper
    // shows that registering the module alone sets up each type.
    ObjectMapper mapper = new ObjectMapper().registerModule(new BriefingModule());
    Map<Class<?>, Object> values = PublicModelValues.each();

    for (Map.Entry<Class<?>, Object> value : values.entrySet()) {
      String json = mapper.writeValueAsString(value.getValue());
      assertThat(json).as(value.getKey().getSimpleName()).startsWith("{\"").isNotEqualTo("{}");
      assertThat(mapper.readValue(json, value.getKey())).as(value.getKey().getSimpleName()).isEqualTo(value.getValue());
    }
    assertThat(mapper.writeValueAsString(values.get(Briefing.class))).isEqualTo(CODEC.write((Briefing) values.get(Briefing.class)));
    assertThat(mapper.writeValueAsString(values.get(Quantity.class)))
        .isEqualTo("{\"low\":\"2300\",\"high\":\"5000\",\"approximate\":false}");
    assertThat(mapper.writeValueAsString(values.get(Violation.class)))
        .isEqualTo("{\"path\":\"impacts[1].text\",\"message\":\"must not be blank\"}");
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void plainMapperWritesTheSameBytesAsTheCodecAndReadsThemBack(Briefing briefing) throws Exception {
    String json = MAPPER.writeValueAsString(briefing);

    assertThat(json).isEqualTo(CODEC.write(briefing));
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
  void modelInsideTheUsersRecordBesideInstantOptionalListsAndMapsRoundTrips() throws Exception {
    Briefing seed = PublicModelValues.seedWithMetadata();
    Envelope envelope = new Envelope("42", Instant.parse("2026-02-10T09:00:00Z"), Optional.of("n"), seed,
        List.of(seed.figures().get(0)), Map.of("first", seed.impacts().get(0)));

    String json = MAPPER.writeValueAsString(envelope);

    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
    assertThat(json).contains("\"briefing\":" + CODEC.write(seed) + ",");
  }

  @Test
  void snakeCaseAndTheMappersDateFormatLeaveTheWireFormatAlone() throws Exception {
    ObjectMapper snake = JsonMapper.builder().findAndAddModules()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultDateFormat(new SimpleDateFormat("dd.MM.yyyy"))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    Briefing seed = PublicModelValues.seedWithMetadata();
    Envelope envelope = new Envelope("42", Instant.parse("2026-02-10T09:00:00Z"), Optional.empty(), seed, List.of(), Map.of());

    String json = snake.writeValueAsString(envelope);

    assertThat(json).contains("\"by_name\":{}").contains("\"briefing\":" + CODEC.write(seed));
    assertThat(snake.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void defaultTypingOfNonFinalTypesNamesThePublicModelTypeAndReadsBack() throws Exception {
    ObjectMapper typed = JsonMapper.builder().findAndAddModules()
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("dev.briefing.").allowIfSubType("java.util.").build(), ObjectMapper.DefaultTyping.NON_FINAL)
        .build();
    Briefing seed = PublicModelValues.seedWithMetadata();

    // As a cache serializer writes: the declared type is Object, so the type id goes with it.
    String json = typed.writerFor(Object.class).writeValueAsString(seed);
    Object back = typed.readValue(json, Object.class);

    assertThat(json).startsWith("[\"dev.briefing.core.Briefing\",{\"schemaVersion\"");
    assertThat(back).isEqualTo(seed);
    java.util.ArrayList<Object> parts = new java.util.ArrayList<>(List.of(seed.impacts().get(0), seed.figures().get(0)));
    assertThat(typed.readValue(typed.writerFor(Object.class).writeValueAsString(parts), Object.class)).isEqualTo(parts);
  }

  @Test
  void typeInfoOnTheUsersFieldPutsTheIdInsideTheWireObject() throws Exception {
    Briefing seed = SeedBriefing.briefing();

    String json = MAPPER.writeValueAsString(new Cached(seed));

    assertThat(json).startsWith("{\"value\":{\"@class\":\"dev.briefing.core.Briefing\",\"schemaVersion\":\"1.0\"");
    assertThat(MAPPER.readValue(json, Cached.class).value()).isEqualTo(seed);
  }

  @Test
  void unknownPropertiesFollowTheMappersFailOnUnknownProperties() throws Exception {
    String unknown = seedJsonWith("\"signal\"", "\"mood\": {\"calm\": [1]}, \"signal\"");
    ObjectMapper tolerant = JsonMapper.builder().findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    assertThat(catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(unknown, Briefing.class)))
        .hasMessageContaining("unknown property 'mood'");
    assertThat(tolerant.readValue(unknown, Briefing.class)).isEqualTo(SeedBriefing.briefing());
  }

  @Test
  void badNestedBriefingGivesTheFullPathInTheUsersDocumentWithOurExceptionAsCause() {
    String briefing = seedJsonWith("\"value\": \"2,300–5,000\"", "\"value\": 2300");
    String json = "{\"id\": \"42\", \"briefing\": " + briefing + ", \"highlights\": []}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e.getCause()).isInstanceOf(BriefingFormatException.class);
    assertThat(((BriefingFormatException) e.getCause()).location().path()).hasValue("$.briefing.figures[2].value");
    assertThat(e.getOriginalMessage()).startsWith("line ").endsWith("at $.briefing.figures[2].value: expected a string but was NUMBER");
  }

  @Test
  void validationInsideTheUsersDocumentNamesPathsFromItsRoot() {
    String briefing = seedJsonWith("\"order\": 1", "\"order\": 0");
    String json = "{\"id\": \"42\", \"briefing\": " + briefing + "}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e.getCause()).isInstanceOf(BriefingValidationException.class);
    assertThat(((BriefingValidationException) e.getCause()).violations()).extracting(Violation::path)
        .contains("$.briefing.impacts[0].order");
  }

  @Test
  void duplicatesAreCaughtEvenThroughAPlainMapper() {
    String duplicate = seedJsonWith("\"whatHappened\"", "\"signal\": \"again\",\n  \"whatHappened\"");

    assertThat(catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(duplicate, Briefing.class)))
        .hasMessageContaining("duplicate property 'signal'");
  }

  @Test
  void treeModelAndConvertValueKeepTheWireFormat() throws Exception {
    Briefing seed = PublicModelValues.seedWithMetadata();

    JsonNode tree = MAPPER.valueToTree(seed);

    assertThat(tree.get("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(tree.get("figures").get(0).get("quantity").get("low").asText()).isEqualTo("72300000000");
    assertThat(MAPPER.treeToValue(tree, Briefing.class)).isEqualTo(seed);
    assertThat(MAPPER.convertValue(seed, Briefing.class)).isEqualTo(seed);
    assertThat(MAPPER.writeValueAsString(tree)).isEqualTo(CODEC.write(seed));
  }

  @Test
  void mappingIteratorReadsASequenceOfBriefings() throws Exception {
    List<Briefing> briefings = BriefingGenerator.validBriefings(5, 77L).toList();
    StringBuilder lines = new StringBuilder();
    briefings.forEach(b -> lines.append(CODEC.write(b)).append('\n'));

    try (MappingIterator<Briefing> it = MAPPER.readerFor(Briefing.class).readValues(lines.toString())) {
      assertThat(it.readAll()).isEqualTo(briefings);
    }
  }

  @Test
  void objectReaderAndWriterWithViewsKeepTheWireFormat() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
        .disable(com.fasterxml.jackson.databind.MapperFeature.DEFAULT_VIEW_INCLUSION).build();
    Page page = new Page("p", SeedBriefing.briefing());

    String summary = mapper.writerWithView(Views.Summary.class).writeValueAsString(page);
    String full = mapper.writerWithView(Views.Full.class).writeValueAsString(page);

    assertThat(summary).isEqualTo("{\"id\":\"p\"}");
    assertThat(full).isEqualTo("{\"id\":\"p\",\"briefing\":" + CODEC.write(SeedBriefing.briefing()) + "}");
    Page back = mapper.readerWithView(Views.Full.class).forType(Page.class).readValue(full);
    assertThat(back).isEqualTo(page);
  }

  @Test
  void nullBriefingInTheUsersRecordStaysNull() throws Exception {
    Envelope back = MAPPER.readValue("{\"id\": \"1\", \"briefing\": null, \"highlights\": []}", Envelope.class);

    assertThat(back.briefing()).isNull();
  }

  @Test
  void aMapperWithoutTheModuleRefusesToWriteOrReadEveryModelTypeAndNamesTheModule() throws Exception {
    // As Spring Boot configures it: empty beans are not an error, so only the model can refuse.
    ObjectMapper plain = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    WithoutJacksonModule.requireRefusals(plain::writeValueAsString, MAPPER::writeValueAsString,
        (json, type) -> plain.readValue(json, type));
  }
}
