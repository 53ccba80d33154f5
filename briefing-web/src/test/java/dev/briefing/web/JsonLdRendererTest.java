package dev.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class JsonLdRendererTest {

  @Test
  void writesEveryPartAsTheReviewedArticle() throws IOException {
    JsonObject expected;
    try (InputStream in = getClass().getResourceAsStream("every-part.jsonld")) {
      expected = Json.createReader(in).readObject();
    }
    assertThat(parse(JsonLdRenderer.standard().render(TestBriefings.everyPart()))).isEqualTo(expected);
  }

  @Test
  void writesTheSeedEditionsModel11PartsAsTheReviewedArticle() throws IOException {
    JsonObject expected;
    try (InputStream in = getClass().getResourceAsStream("seed-1.1.jsonld")) {
      expected = Json.createReader(in).readObject();
    }
    assertThat(parse(JsonLdRenderer.standard().render(SeedBriefing.editorialBriefing()))).isEqualTo(expected);
  }

  @Test
  void writesAModel10BriefingWithoutAnyModel11Term() {
    String jsonLd = JsonLdRenderer.standard().render(SeedBriefing.briefing());
    assertThat(jsonLd).doesNotContain("additionalProperty", "hasPart", "\"comment\"", "Indicator");
  }

  @Test
  void leavesOutTheSectionsTheOptionsLeaveOut() {
    RenderOptions noDetails = RenderOptions.builder()
        .sections(EnumSet.complementOf(EnumSet.of(Section.DETAILS, Section.THE_NUMBERS)))
        .build();
    JsonObject article = parse(JsonLdRenderer.of(noDetails).render(TestBriefings.everyPart()));
    assertThat(article).containsKeys("headline", "abstract", "articleBody")
        .doesNotContainKeys("datePublished", "author", "mentions", "identifier");
  }

  @Test
  void writesAWholeNumberWithoutAnExponent() {
    Briefing briefing = Briefing.builder().from(TestBriefings.everyPart())
        .figures(java.util.List.of(Figure.of("$380B", "Valuation")))
        .build();
    String jsonLd = JsonLdRenderer.standard().render(briefing);
    assertThat(jsonLd).contains("\"value\":380000000000");
  }

  @Test
  void isFoundByServiceLoaderAsJsonld() {
    var format = FormatRegistry.loadDefault().byMediaType("application/ld+json");
    assertThat(format.name()).isEqualTo("jsonld");
    assertThat(format.extensions()).containsExactly(".jsonld");
    assertThat(format.parser()).isEmpty();
  }

  @Test
  void scriptFormEscapesWhatCouldCloseTheScriptAndReadsBackTheSame() throws IOException {
    String hostile = "</script><!-- <script>alert(1)</script> & \u2028 \u2029 </SCRIPT >";
    Briefing briefing = Briefing.builder().from(TestBriefings.everyPart())
        .title(hostile).signal(hostile).whatHappened(hostile).build();
    StringBuilder script = new StringBuilder();
    JsonLdRenderer.standard().renderScriptTo(briefing, script);

    assertThat(script.toString()).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    JsonObject read = parse(script.toString());
    assertThat(read.getString("headline")).isEqualTo(hostile);
    assertThat(read).isEqualTo(parse(JsonLdRenderer.standard().render(briefing)));
  }

  private static JsonObject parse(String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return value.asJsonObject();
  }
}
