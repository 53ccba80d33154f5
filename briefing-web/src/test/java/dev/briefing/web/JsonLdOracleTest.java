package dev.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real oracle: each output expanded by titanium-json-ld against the schema.org context
 * shipped as test data. Every term expands to a schema.org IRI, every string and number of the
 * output comes back in the expansion (none dropped), and every type and property is one the
 * schema.org vocabulary file defines.
 */
class JsonLdOracleTest {

  static Stream<Briefing> briefings() {
    return Stream.of(Stream.of(SeedBriefing.briefing(), SeedBriefing.editorialBriefing(), TestBriefings.everyPart()),
        BriefingGenerator.validBriefings(60, 16), BriefingGenerator.validEditorialBriefings(60, 17)).flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void everyTermExpandsToASchemaOrgTypeOrPropertyAndNothingIsDropped(Briefing briefing) {
    String jsonLd = JsonLdRenderer.standard().render(briefing);
    JsonObject compact = Json.createReader(new StringReader(jsonLd)).readObject();
    JsonArray expanded = SchemaOrg.expand(jsonLd);

    Terms written = new Terms();
    written.compact(compact);
    Terms read = new Terms();
    expanded.forEach(read::expanded);

    assertThat(read.unknown).as("terms outside schema.org's vocabulary").isEmpty();
    assertThat(sorted(read.terms)).as("terms").isEqualTo(sorted(written.terms));
    assertThat(sorted(read.values)).as("values").isEqualTo(sorted(written.values));
    assertThat(written.terms).contains("type:AnalysisNewsArticle", "property:abstract");
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  /** The terms and leaf values of a document, compact or expanded, as comparable strings. */
  private static final class Terms {
    final List<String> terms = new ArrayList<>();
    final List<String> values = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();

    void compact(JsonValue value) {
      switch (value.getValueType()) {
        case OBJECT -> {
          for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            switch (entry.getKey()) {
              case "@context" -> { }
              case "@type" -> terms.add("type:" + ((JsonString) entry.getValue()).getString());
              default -> {
                terms.add("property:" + entry.getKey());
                compact(entry.getValue());
              }
            }
          }
        }
        case ARRAY -> value.asJsonArray().forEach(this::compact);
        default -> values.add(leaf(value));
      }
    }

    void expanded(JsonValue value) {
      switch (value.getValueType()) {
        case OBJECT -> {
          JsonObject object = value.asJsonObject();
          if (object.containsKey("@value")) {   // a value object: its @type is a datatype, not a node type
            values.add(leaf(object.get("@value")));
            return;
          }
          for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            if (key.equals("@type")) {
              entry.getValue().asJsonArray().forEach(type -> term("type:", ((JsonString) type).getString()));
            } else if (key.equals("@id")) {
              values.add(leaf(entry.getValue()));
            } else {
              term("property:", key);
              expanded(entry.getValue());
            }
          }
        }
        case ARRAY -> value.asJsonArray().forEach(this::expanded);
        default -> throw new AssertionError("A bare value in expanded JSON-LD: " + value);
      }
    }

    private void term(String kind, String iri) {
      if (!iri.startsWith(SchemaOrg.VOCAB)) {
        unknown.add(iri);
        return;
      }
      String name = iri.substring(SchemaOrg.VOCAB.length());
      boolean known = kind.equals("type:") ? SchemaOrg.isType(name) : SchemaOrg.isProperty(name);
      if (!known) {
        unknown.add(iri);
      }
      terms.add(kind + name);
    }

    private static String leaf(JsonValue value) {
      return switch (value.getValueType()) {
        case STRING -> "string:" + ((JsonString) value).getString();
        case NUMBER -> "number:" + ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
        default -> "other:" + value;
      };
    }
  }
}
