package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.BriefingFormatException;
import org.junit.jupiter.api.Test;

/** A 1.0 reader meets documents of later versions as the tolerant-reader policy of json-format.md says. */
class ForwardCompatibilityTest {

  /** A 1.1 document: an optional property on impacts and one on the briefing, as 1.1 adds. */
  private static final String NEWER_MINOR = Documents.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"")
      .replace("{\"order\": 1, \"text\": \"The lab gains a proven operator.\"}",
          "{\"order\": 1, \"text\": \"The lab gains a proven operator.\", \"likelihood\": \"likely\"}")
      .replace("\n}", ",\n  \"alternativeViews\": [{\"text\": \"Scale still wins.\"}]\n}");

  @Test
  void strictNamesTheFirstNewPropertyAsUnknown() {
    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class,
        () -> BriefingJson.create().read(NEWER_MINOR));

    assertThat(e.problem()).isEqualTo("unknown property 'likelihood'; expected one of order, text");
    assertThat(e.location().path()).hasValue("$.impacts[0].likelihood");
  }

  @Test
  void lenientReadsTheBriefingAndKeepsTheNewPropertiesForTheNextWrite() {
    BriefingJson lenient = BriefingJson.create().lenient();

    JsonDocument doc = lenient.readDocument(NEWER_MINOR);

    assertThat(doc.briefing()).isEqualTo(BriefingJson.create().read(Documents.VALID));
    assertThat(doc.unknown()).containsEntry("/impacts/0/likelihood", "\"likely\"")
        .containsEntry("/alternativeViews", "[{\"text\":\"Scale still wins.\"}]");
    assertThat(lenient.write(doc)).contains("\"likelihood\":\"likely\"").contains("\"alternativeViews\"");
  }

  @Test
  void aNewerMajorIsRefusedNamingTheVersionsThisReaderKnowsInBothModes() {
    String newer = NEWER_MINOR.replace("\"1.1\"", "\"2.0\"");

    for (BriefingJson json : new BriefingJson[] {BriefingJson.create(), BriefingJson.create().lenient()}) {
      BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class, () -> json.read(newer));

      assertThat(e.problem())
          .isEqualTo("schemaVersion 2.0 is newer than this reader, which reads 1.x; upgrade briefing-json to read it");
    }
  }
}
