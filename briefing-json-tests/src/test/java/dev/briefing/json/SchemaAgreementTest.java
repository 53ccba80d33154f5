package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.briefing.core.BriefingException;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema, checked by a real validator, and the reader agree. */
class SchemaAgreementTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(BriefingJson.schema());

  private static List<Error> schemaErrors(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  static Stream<String> writtenDocuments() {
    return Stream.concat(
        Stream.of(BriefingJson.create().pretty().write(SeedBriefing.briefing())),
        Stream.concat(BriefingGenerator.validBriefings(200, 123L), BriefingGenerator.validEditorialBriefings(200, 124L))
            .map(BriefingJson.create()::write));
  }

  static Stream<Arguments> validDocuments() {
    String metadata = ",\n  \"metadata\": {\"id\": \"x-1\", \"published\": \"2026-02-10t09:00:00.5z\", "
        + "\"language\": \"zh-Hant-TW\", \"authors\": [], \"sources\": [{\"title\": \"T\", \"url\": \"https://example.com/\"}]}\n}";
    return Stream.of(
        Arguments.of("as written", Documents.VALID),
        Arguments.of("newer minor version", Documents.replace("\"1.0\"", "\"1.12\"")),
        Arguments.of("integral number with a fraction part", Documents.replace("\"order\": 1", "\"order\": 1.0")),
        Arguments.of("properties in another order", Documents.replace("{\"order\": 1, \"text\": \"The lab gains a proven operator.\"}",
            "{\"text\": \"The lab gains a proven operator.\", \"order\": 1}")),
        Arguments.of("agreeing quantity", Documents.replace("\"label\": \"Valuation\"",
            "\"label\": \"Valuation\", \"quantity\": {\"low\": \"380000000000\", \"high\": \"380000000000\", \"currency\": \"USD\", \"approximate\": false}")),
        Arguments.of("metadata with lowercase date letters and an empty list", Documents.replace("\n}", metadata)),
        Arguments.of("empty lists", Documents.replace("[{\"title\": \"Counter-moves\", \"description\": \"Retention offers.\"}]", "[]")),
        Arguments.of("1.1 judgment on an impact", Documents.replace("\"text\": \"The lab gains a proven operator.\"}",
            "\"text\": \"The lab gains a proven operator.\", \"likelihood\": \"very likely\", \"confidence\": \"low\", \"horizon\": \"P1Y6M\"}")),
        Arguments.of("1.1 signpost without status", Documents.replace("\"Retention offers.\"}",
            "\"Retention offers.\", \"signposts\": [{\"indicator\": \"Grants disclosed\", \"reviewBy\": \"2026-06-30\"}]}")));
  }

  static Stream<Arguments> invalidEditorialDocuments() {
    return Stream.of(
        Arguments.of("likelihood off the scale", Documents.replace("\"signal\"", "\"signalLikelihood\": \"certain\", \"signal\"")),
        Arguments.of("alternative term on the wire", Documents.replace("\"signal\"", "\"signalLikelihood\": \"probable\", \"signal\"")),
        Arguments.of("confidence in capitals", Documents.replace("\"signal\"", "\"signalConfidence\": \"HIGH\", \"signal\"")),
        Arguments.of("horizon in weeks", Documents.replace("\"signal\"", "\"signalHorizon\": \"P2W\", \"signal\"")),
        Arguments.of("horizon empty", Documents.replace("\"signal\"", "\"signalHorizon\": \"P\", \"signal\"")),
        Arguments.of("horizon negative", Documents.replace("\"signal\"", "\"signalHorizon\": \"P-1M\", \"signal\"")),
        Arguments.of("alternative view without text", Documents.replace("\"figures\"", "\"alternativeViews\": [{\"likelihood\": \"likely\"}], \"figures\"")),
        Arguments.of("signpost date without day", Documents.replace("\"Retention offers.\"}",
            "\"Retention offers.\", \"signposts\": [{\"indicator\": \"x\", \"reviewBy\": \"2026-06\"}]}")),
        Arguments.of("signpost status unknown", Documents.replace("\"Retention offers.\"}",
            "\"Retention offers.\", \"signposts\": [{\"indicator\": \"x\", \"status\": \"done\"}]}")),
        Arguments.of("signpost unknown property", Documents.replace("\"Retention offers.\"}",
            "\"Retention offers.\", \"signposts\": [{\"indicator\": \"x\", \"owner\": \"desk\"}]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidEditorialDocuments")
  void schemaAndReaderBothRejectBroken11Parts(String what, String document) {
    assertThat(schemaErrors(document)).as(what).isNotEmpty();
    assertThatThrownBy(() -> BriefingJson.create().read(document)).as(what).isInstanceOf(BriefingException.class);
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        Arguments.of("not an object", "[]"),
        Arguments.of("unknown property", Documents.replace("\"signal\"", "\"mood\": \"calm\", \"signal\"")),
        Arguments.of("unknown nested property", Documents.replace("\"label\": \"Valuation\"", "\"label\": \"Valuation\", \"note\": \"n\"")),
        Arguments.of("missing schemaVersion", Documents.replace("\"schemaVersion\": \"1.0\",", "")),
        Arguments.of("newer major version", Documents.replace("\"1.0\"", "\"2.0\"")),
        Arguments.of("missing signal", Documents.replace("\"signal\": \"Talent, not scale, is the new frontier.\",", "")),
        Arguments.of("missing figures", Documents.replace("\"figures\": [", "\"figuresX\": [")),
        Arguments.of("wrong type", Documents.replace("{\"value\": \"2,300–5,000\"", "{\"value\": 2300")),
        Arguments.of("null for required", Documents.replace("\"Talent, not scale, is the new frontier.\"", "null")),
        Arguments.of("null for optional", Documents.replace("\"asOf\": \"2026\"", "\"asOf\": null")),
        Arguments.of("blank signal", Documents.replace("\"Talent, not scale, is the new frontier.\"", "\"   \"")),
        Arguments.of("order zero", Documents.replace("\"order\": 1", "\"order\": 0")),
        Arguments.of("order eleven", Documents.replace("\"order\": 1", "\"order\": 11")),
        Arguments.of("order as string", Documents.replace("\"order\": 1", "\"order\": \"1\"")),
        Arguments.of("order with a fraction", Documents.replace("\"order\": 1", "\"order\": 1.5")),
        Arguments.of("figure label on two lines", Documents.replace("\"label\": \"Valuation\"", "\"label\": \"Val\\nuation\"")),
        Arguments.of("value too long", Documents.replace("\"$380B\"", "\"" + "9".repeat(101) + "\"")),
        Arguments.of("quantity decimal with exponent", Documents.replace("\"label\": \"Valuation\"",
            "\"label\": \"Valuation\", \"quantity\": {\"low\": \"3.8E11\", \"high\": \"380000000000\", \"approximate\": false}")),
        Arguments.of("quantity without approximate", Documents.replace("\"label\": \"Valuation\"",
            "\"label\": \"Valuation\", \"quantity\": {\"low\": \"380000000000\", \"high\": \"380000000000\", \"currency\": \"USD\"}")),
        Arguments.of("date without seconds", Documents.replace("\n}", ",\n  \"metadata\": {\"published\": \"2026-02-10T09:00Z\"}\n}")),
        Arguments.of("date without offset", Documents.replace("\n}", ",\n  \"metadata\": {\"published\": \"2026-02-10T09:00:00\"}\n}")),
        Arguments.of("language with underscore", Documents.replace("\n}", ",\n  \"metadata\": {\"language\": \"en_US\"}\n}")),
        Arguments.of("ftp source", Documents.replace("\n}",
            ",\n  \"metadata\": {\"sources\": [{\"title\": \"T\", \"url\": \"ftp://example.com/\"}]}\n}")),
        Arguments.of("source without url", Documents.replace("\n}", ",\n  \"metadata\": {\"sources\": [{\"title\": \"T\"}]}\n}")),
        Arguments.of("metadata not an object", Documents.replace("\n}", ",\n  \"metadata\": []\n}")),
        Arguments.of("impacts not an array", Documents.replace("\"impacts\": [{\"order\": 1, \"text\": \"The lab gains a proven operator.\"}]",
            "\"impacts\": {\"order\": 1, \"text\": \"The lab gains a proven operator.\"}")));
  }

  @ParameterizedTest
  @MethodSource("writtenDocuments")
  void everythingTheWriterWritesIsValidAgainstTheSchema(String document) {
    assertThat(schemaErrors(document)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void schemaAndReaderBothAccept(String what, String document) {
    assertThat(schemaErrors(document)).as(what).isEmpty();
    assertThatCode(() -> BriefingJson.create().read(document)).as(what).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void schemaAndReaderBothReject(String what, String document) {
    assertThat(schemaErrors(document)).as(what).isNotEmpty();
    assertThatThrownBy(() -> BriefingJson.create().read(document)).as(what).isInstanceOf(BriefingException.class);
  }

  @Test
  void theSchemaInDocsIsTheOneInTheJar() throws IOException {
    Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/briefing.schema.json").normalize();

    assertThat(Files.readString(docs)).isEqualTo(BriefingJson.schema());
  }
}
