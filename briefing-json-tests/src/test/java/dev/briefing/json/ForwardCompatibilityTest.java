package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.BriefingFormatException;
import org.junit.jupiter.api.Test;

/**
 * This reader meets documents of a later minor version as the tolerant-reader policy of
 * json-format.md says. The document is a made-up 1.2 that adds an optional property on impacts
 * and one on the briefing, as 1.1 did: this is how the 1.0 reader treated the 1.1 properties
 * (the messages it gave for the 1.1 seed are recorded in json-format.md).
 */
class ForwardCompatibilityTest {

  /** A 1.2 document: an optional property on impacts and one on the briefing. */
  private static final String NEWER_MINOR = Documents.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.2\"")
      .replace("{\"order\": 1, \"text\": \"The lab gains a proven operator.\"}",
          "{\"order\": 1, \"text\": \"The lab gains a proven operator.\", \"rationale\": \"track record\"}")
      .replace("\n}", ",\n  \"corrections\": [{\"text\": \"Headcount revised.\"}]\n}");

  @Test
  void strictNamesTheFirstNewPropertyAsUnknown() {
    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class,
        () -> BriefingJson.create().read(NEWER_MINOR));

    assertThat(e.problem()).isEqualTo("unknown property 'rationale'; expected one of order, text, likelihood, confidence, horizon");
    assertThat(e.location().path()).hasValue("$.impacts[0].rationale");
  }

  @Test
  void lenientReadsTheBriefingAndKeepsTheNewPropertiesForTheNextWrite() {
    BriefingJson lenient = BriefingJson.create().lenient();

    JsonDocument doc = lenient.readDocument(NEWER_MINOR);

    assertThat(doc.briefing()).isEqualTo(BriefingJson.create().read(Documents.VALID));
    assertThat(doc.unknown()).containsEntry("/impacts/0/rationale", "\"track record\"")
        .containsEntry("/corrections", "[{\"text\":\"Headcount revised.\"}]");
    assertThat(lenient.write(doc)).contains("\"rationale\":\"track record\"").contains("\"corrections\"");
  }

  @Test
  void aNewerMajorIsRefusedNamingTheVersionsThisReaderKnowsInBothModes() {
    String newer = NEWER_MINOR.replace("\"1.2\"", "\"2.0\"");

    for (BriefingJson json : new BriefingJson[] {BriefingJson.create(), BriefingJson.create().lenient()}) {
      BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class, () -> json.read(newer));

      assertThat(e.problem())
          .isEqualTo("schemaVersion 2.0 is newer than this reader, which reads 1.x; upgrade briefing-json to read it");
    }
  }
}
