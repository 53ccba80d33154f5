package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadErrorsTest {

  private static final BriefingJson JSON = BriefingJson.create();

  private static BriefingFormatException formatError(String document) {
    return catchThrowableOfType(BriefingFormatException.class, () -> JSON.read(document));
  }

  @Test
  void theValidDocumentReads() {
    assertThat(JSON.read(Documents.VALID).figures()).hasSize(3);
  }

  @Test
  void wrongTypeGivesLineColumnPathAndWhatWasExpected() {
    String doc = Documents.replace("{\"value\": \"2,300–5,000\"", "{\"value\": 2300");

    BriefingFormatException e = formatError(doc);

    assertThat(e.getMessage()).isEqualTo(Documents.position(doc, "2300")
        + " at $.figures[2].value: expected a string but was NUMBER");
    assertThat(e.location().line()).hasValue(9);
    assertThat(e.location().path()).hasValue("$.figures[2].value");
  }

  @Test
  void objectWhereAStringBelongsIsNamedAtTheProperty() {
    String doc = Documents.replace("\"signal\": \"Talent, not scale, is the new frontier.\"", "\"signal\": {\"text\": \"x\"}");

    assertThat(formatError(doc)).hasMessage(Documents.position(doc, "{\"text\"")
        + " at $.signal: expected a string but was OBJECT");
  }

  @Test
  void unknownPropertyIsAnErrorThatListsTheKnownOnes() {
    String doc = Documents.replace("{\"value\": \"$380B\"", "{\"valu\": \"$380B\"");

    assertThat(formatError(doc)).hasMessage(Documents.position(doc, "\"valu\"")
        + " at $.figures[1].valu: unknown property 'valu'; expected one of value, label, source, asOf, quantity");
  }

  @Test
  void duplicatePropertyIsAnError() {
    String doc = Documents.replace("\"whatHappened\"", "\"signal\": \"again\",\n  \"whatHappened\"");

    BriefingFormatException e = formatError(doc);

    assertThat(e.problem()).isEqualTo("duplicate property 'signal'");
    assertThat(e.location().line()).hasValue(4);
    assertThat(e.location().path()).hasValue("$.signal");
  }

  @Test
  void duplicateInsideAnArrayElementIsAnError() {
    String doc = Documents.replace("{\"order\": 1,", "{\"order\": 1, \"order\": 2,");

    assertThat(formatError(doc)).hasMessageStartingWith("line 5, column ")
        .hasMessageContaining("at $.impacts[0].order: duplicate property 'order'");
  }

  @Test
  void contentAfterTheBriefingIsAnError() {
    String doc = Documents.VALID + "\n{}";

    assertThat(formatError(doc)).hasMessage("line 13, column 1 at $: expected end of input after the briefing but was OBJECT");
  }

  @Test
  void garbageAfterTheBriefingIsAnError() {
    BriefingFormatException e = formatError(Documents.VALID + " x");

    assertThat(e.location().line()).hasValue(12);
    assertThat(e.problem()).startsWith("malformed JSON: unrecognized token 'x'");
  }

  @Test
  void nullForARequiredPropertyIsAnError() {
    String doc = Documents.replace("\"Talent, not scale, is the new frontier.\"", "null");

    assertThat(formatError(doc)).hasMessage(Documents.position(doc, "null")
        + " at $.signal: expected a string but was NULL");
  }

  @Test
  void nullForAnOptionalPropertyIsAnErrorWhenStrictAndAbsenceWhenLenient() {
    String doc = Documents.replace("\"asOf\": \"2026\"", "\"asOf\": null");

    assertThat(formatError(doc).problem()).isEqualTo("expected a string (leave the property out when there is none) but was NULL");
    assertThat(JSON.lenient().read(doc).figures().get(2).asOf()).isEmpty();
  }

  @Test
  void nullElementInAListIsAnError() {
    String doc = Documents.replace("\"impacts\": [{\"order\": 1, \"text\": \"The lab gains a proven operator.\"}]", "\"impacts\": [null]");

    assertThat(formatError(doc)).hasMessage(Documents.position(doc, "null")
        + " at $.impacts[0]: expected an impact object but was NULL");
  }

  @Test
  void missingRequiredPropertyNamesTheObject() {
    String doc = Documents.replace("\"whatHappened\": \"A founding researcher joined a rival lab.\",\n", "");

    assertThat(formatError(doc)).hasMessage("line 11, column 1 at $: missing required property 'whatHappened'");
  }

  @Test
  void missingRequiredPropertyOfAnElementNamesTheElement() {
    String doc = Documents.replace("{\"order\": 1, ", "{");

    assertThat(formatError(doc)).hasMessageEndingWith("at $.impacts[0]: missing required property 'order'")
        .hasMessageStartingWith("line 5, column ");
  }

  @Test
  void newerMajorSchemaVersionIsRejectedWithAClearMessage() {
    String doc = Documents.replace("\"1.0\"", "\"2.0\"");

    assertThat(formatError(doc)).hasMessage(Documents.position(doc, "\"2.0\"")
        + " at $.schemaVersion: schemaVersion 2.0 is newer than this reader, which reads 1.x; upgrade briefing-json to read it");
  }

  @Test
  void newerMajorVersionWinsOverUnknownPropertiesBeforeIt() {
    String doc = "{\"summary\": \"new in 2.0\", \"schemaVersion\": \"2.0\"}";

    assertThat(formatError(doc).problem()).startsWith("schemaVersion 2.0 is newer than this reader");
  }

  @Test
  void newerMinorVersionIsRead() {
    assertThat(JSON.read(Documents.replace("\"1.0\"", "\"1.7\"")).signal()).startsWith("Talent");
  }

  @Test
  void schemaVersionOfTheWrongFormIsRejected() {
    assertThat(formatError(Documents.replace("\"1.0\"", "\"v1\"")).problem())
        .isEqualTo("expected a schemaVersion such as \"1.0\" but was \"v1\"");
    assertThat(formatError(Documents.replace("\"1.0\"", "1.0")).problem())
        .isEqualTo("expected a schemaVersion string such as \"1.0\" but was NUMBER");
  }

  @Test
  void malformedJsonGivesJacksonsFindingInOurTerms() {
    String doc = Documents.VALID.substring(0, Documents.VALID.length() - 1);

    BriefingFormatException e = formatError(doc);

    assertThat(e.problem()).isEqualTo("malformed JSON: unexpected end-of-input: expected close marker for Object");
    assertThat(e.location().line()).hasValue(12);
  }

  @Test
  void emptyInputAndNonObjectsAreRejected() {
    assertThat(formatError("")).hasMessage("line 1, column 1 at $: expected a briefing object but was end of input");
    assertThat(formatError("[]")).hasMessage("line 1, column 1 at $: expected a briefing object but was ARRAY");
    assertThat(formatError("\"briefing\"")).hasMessage("line 1, column 1 at $: expected a briefing object but was STRING");
  }

  @Test
  void orderMustBeAnInteger() {
    assertThat(formatError(Documents.replace("\"order\": 1", "\"order\": \"1\"")).problem())
        .isEqualTo("expected an integer but was STRING");
    assertThat(formatError(Documents.replace("\"order\": 1", "\"order\": 1.5")).problem())
        .isEqualTo("expected an integer but was NUMBER 1.5");
    assertThat(formatError(Documents.replace("\"order\": 1", "\"order\": 1e0")).problem())
        .isEqualTo("expected an integer but was NUMBER 1e0");
    assertThat(formatError(Documents.replace("\"order\": 1", "\"order\": 99999999999")).problem())
        .isEqualTo("expected an integer but was NUMBER 99999999999");
  }

  @Test
  void integralNumberWithAFractionPartIsAnIntegerAsInJsonSchema() {
    assertThat(JSON.read(Documents.replace("\"order\": 1", "\"order\": 1.0")).impacts().get(0).order()).isEqualTo(1);
  }

  @Test
  void listsMustBeArrays() {
    String doc = Documents.replace("\"impacts\": [", "\"impacts\": {\"x\": ").replace("}],\n  \"figures\"", "}},\n  \"figures\"");

    assertThat(formatError(doc).getMessage()).endsWith("at $.impacts: expected an array but was OBJECT");
  }

  @Test
  void badDateLanguageAndUrlAreNamedWithAnExample() {
    String withMetadata = Documents.replace("\n}", ",\n  \"metadata\": {\"published\": \"2026-02-10 09:00\"}\n}");
    assertThat(formatError(withMetadata)).hasMessage(Documents.position(withMetadata, "\"2026-02-10 09:00\"")
        + " at $.metadata.published: expected an RFC 3339 date-time such as \"2026-02-10T09:00:00Z\" but was \"2026-02-10 09:00\"");

    String language = Documents.replace("\n}", ",\n  \"metadata\": {\"language\": \"en_US\"}\n}");
    assertThat(formatError(language).getMessage())
        .endsWith("at $.metadata.language: expected a BCP 47 language tag such as \"en-US\" but was \"en_US\"");

    String url = Documents.replace("\n}", ",\n  \"metadata\": {\"sources\": [{\"title\": \"x\", \"url\": \"http://exa mple.com\"}]}\n}");
    assertThat(formatError(url).getMessage())
        .contains("at $.metadata.sources[0].url: expected a URI such as \"https://example.com/\" but was \"http://exa mple.com\"");
  }

  @Test
  void quantityThatDisagreesWithTheValueIsAnError() {
    String doc = Documents.replace("\"label\": \"Valuation\"",
        "\"label\": \"Valuation\", \"quantity\": {\"low\": \"380\", \"high\": \"380000000000\", \"currency\": \"USD\", \"approximate\": false}");

    assertThat(formatError(doc)).hasMessage(Documents.position(doc, "{\"low\"")
        + " at $.figures[1].quantity.low: quantity does not agree with value \"$380B\": expected low 380000000000 but was 380");
  }

  @Test
  void quantityThatDisagreesIsPlacedAlikeInText_inUtf8Bytes_andThroughAReader() {
    String doc = Documents.replace("\"label\": \"Valuation\"",
        "\"label\": \"Valuation\",\n      \"quantity\": {\"low\": \"380000000000\", \"high\": \"380000000000\", \"approximate\": false}");
    String expected = Documents.position(doc, "{\"low\"")
        + " at $.figures[1].quantity.currency: quantity does not agree with value \"$380B\": expected currency USD but was none";

    BriefingFormatException fromBytes = catchThrowableOfType(BriefingFormatException.class,
        () -> JSON.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
    BriefingFormatException fromReader = catchThrowableOfType(BriefingFormatException.class,
        () -> JSON.read(new StringReader(doc)));

    assertThat(formatError(doc)).hasMessage(expected);
    assertThat(fromBytes).hasMessage(expected);
    assertThat(fromReader).hasMessage(expected);
  }

  @Test
  void quantityThatAgreesIsAcceptedAndOneForAValueThatIsNoQuantityIsNot() {
    String agrees = Documents.replace("\"label\": \"Valuation\"",
        "\"label\": \"Valuation\", \"quantity\": {\"low\": \"380000000000.0\", \"high\": \"380000000000\", \"currency\": \"USD\", \"approximate\": false}");
    assertThat(JSON.read(agrees).figures().get(1).value()).isEqualTo("$380B");

    String exponent = Documents.replace("\"label\": \"Valuation\"",
        "\"label\": \"Valuation\", \"quantity\": {\"low\": \"380000000000.0\", \"high\": \"3.8E11\", \"approximate\": false}");
    assertThat(formatError(exponent).problem())
        .isEqualTo("expected a decimal number as a string, such as \"72300000000\" but was \"3.8E11\"");

    String noQuantity = Documents.replace("{\"value\": \"$380B\", \"label\": \"Valuation\"}",
        "{\"value\": \"record\", \"label\": \"Valuation\", \"quantity\": {\"low\": \"1\", \"high\": \"1\", \"approximate\": false}}");
    assertThat(formatError(noQuantity).problem())
        .isEqualTo("quantity given, but value \"record\" is not written as a quantity; omit quantity");

    String missingCurrency = Documents.replace("\"label\": \"Valuation\"",
        "\"label\": \"Valuation\", \"quantity\": {\"low\": \"380000000000.0\", \"high\": \"380000000000\", \"approximate\": false}");
    assertThat(formatError(missingCurrency).getMessage())
        .endsWith("at $.figures[1].quantity.currency: quantity does not agree with value \"$380B\": expected currency USD but was none");
  }

  @Test
  void invalidUtf8IsAFormatErrorWithAPlace() {
    byte[] valid = Documents.VALID.getBytes(StandardCharsets.UTF_8);
    byte[] broken = valid.clone();
    int at = Documents.VALID.indexOf("Talent");
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;

    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class,
        () -> JSON.read(new ByteArrayInputStream(broken)));

    assertThat(e.problem()).contains("UTF-8");
    assertThat(e.location().line()).hasValue(3);
  }

  @Test
  void documentThatParsesButBreaksTheRulesReportsEveryViolationWithItsPath() {
    String doc = Documents.replace("\"order\": 1", "\"order\": 0")
        .replace("\"label\": \"Valuation\"", "\"label\": \" \"")
        .replace("\"title\": \"Counter-moves\"", "\"title\": \"\"");

    BriefingValidationException e = catchThrowableOfType(BriefingValidationException.class, () -> JSON.read(doc));

    assertThat(e.violations()).extracting(Violation::path)
        .contains("impacts[0].order", "figures[1].label", "watchItems[0].title");
    assertThat(e.getMessage()).contains("impacts[0].order", "figures[1].label", "watchItems[0].title");
  }

  @Test
  void unvalidatedReadReturnsWhatValidationWouldReject() {
    String doc = Documents.replace("\"order\": 1", "\"order\": 0");

    assertThat(JSON.withoutValidation().read(doc).impacts().get(0).order()).isZero();
  }

  @Test
  void failingInputIsAnIoError() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> JSON.read(failing)).isInstanceOf(BriefingIOException.class).hasMessageContaining("disk gone");
  }
}
