package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.briefing.core.BriefingFormatException;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

  private static BriefingFormatException formatError(BriefingJson json, String document) {
    return catchThrowableOfType(BriefingFormatException.class, () -> json.read(document));
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    String deep = "[".repeat(40) + "]".repeat(40);
    String doc = Documents.replace("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\", \"deep\": " + deep + ",");

    BriefingFormatException e = formatError(BriefingJson.create().lenient(), doc);

    assertThat(e.problem()).isEqualTo("the document nests deeper than the limit of 32 levels");
    assertThat(e.location().line()).hasValue(2);
  }

  @Test
  void longStringStopsAtTheStringLimit() {
    BriefingJson json = BriefingJson.create().withLimits(JsonLimits.builder().maxStringLength(1_000).build());
    String doc = Documents.replace("\"A founding researcher joined a rival lab.\"", "\"" + "x".repeat(1_001) + "\"");

    BriefingFormatException e = formatError(json, doc);

    assertThat(e.problem()).isEqualTo("a string is longer than the limit of 1000 characters");
    assertThat(e.location().path()).hasValue("$.whatHappened");
  }

  @Test
  void bigDocumentStopsAtTheDocumentLimit() {
    BriefingJson json = BriefingJson.create().withLimits(JsonLimits.defaults().withMaxDocumentLength(200));

    assertThat(formatError(json, Documents.VALID).problem())
        .startsWith("the document is longer than the limit of 200 characters");
  }

  @Test
  void ourLimitsLeaveJacksonsJvmWideDefaultsAlone() {
    StreamReadConstraints before = StreamReadConstraints.defaults();
    BriefingJson.create().withLimits(JsonLimits.builder().maxNestingDepth(3).maxStringLength(10).build());

    assertThat(StreamReadConstraints.defaults()).isSameAs(before);
    assertThat(before.getMaxNestingDepth()).isNotEqualTo(3);
  }

  @Test
  void defaultLimitsReadTheLargestGeneratedBriefings() {
    BriefingJson json = BriefingJson.create();
    dev.briefing.core.Briefing large = dev.briefing.core.testing.BriefingGenerator.validBriefings(3, 5L)
        .skip(2).findFirst().orElseThrow();

    assertThat(json.read(json.write(large))).isEqualTo(large);
  }
}
