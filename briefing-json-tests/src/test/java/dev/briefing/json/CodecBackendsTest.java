package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.format.FormatRegistry;
import org.junit.jupiter.api.Test;

/** Which backend a codec runs on when both Jackson artifacts are present (as they are here). */
class CodecBackendsTest {

  @Test
  void jackson3WinsWhenNothingIsSaid() {
    assertThat(BriefingJson.create().withLimits(JsonLimits.defaults()).backend()).isEqualTo("jackson3");
  }

  @Test
  void theSystemPropertyPicksOne() {
    String before = System.getProperty("dev.briefing.json.backend");
    System.setProperty("dev.briefing.json.backend", "jackson2");
    try {
      assertThat(BriefingJson.create().withLimits(JsonLimits.defaults()).backend()).isEqualTo("jackson2");
    } finally {
      if (before == null) {
        System.clearProperty("dev.briefing.json.backend");
      } else {
        System.setProperty("dev.briefing.json.backend", before);
      }
    }
  }

  @Test
  void theCodecsOwnOptionWinsOverTheSystemProperty() {
    System.setProperty("dev.briefing.json.backend", "jackson3");
    try {
      BriefingJson codec = BriefingJson.create().withBackend("jackson2");

      assertThat(codec.backend()).isEqualTo("jackson2");
      assertThat(codec.pretty().lenient().backend()).isEqualTo("jackson2");
      assertThat(codec.toString()).contains("jackson2");
    } finally {
      System.clearProperty("dev.briefing.json.backend");
    }
  }

  @Test
  void aNameThatIsNotPresentIsRefusedNamingThoseThatAre() {
    IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
        () -> BriefingJson.create().withBackend("gson"));

    assertThat(e).hasMessageContaining("'gson'").hasMessageContaining("jackson3, jackson2");
  }

  @Test
  void theRegistryHasOneJsonAndOneNdjsonFormatWithBothBackendsPresent() {
    FormatRegistry registry = FormatRegistry.loadDefault();

    assertThat(registry.formats()).filteredOn(f -> f.name().equals("json")).hasSize(1);
    assertThat(registry.formats()).filteredOn(f -> f.name().equals("ndjson")).hasSize(1);
  }
}
