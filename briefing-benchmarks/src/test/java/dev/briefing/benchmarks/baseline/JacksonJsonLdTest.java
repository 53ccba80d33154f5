package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.benchmarks.OurFormats;
import dev.briefing.benchmarks.Workload;
import dev.briefing.core.Briefing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Jackson tree baseline writes the same JSON-LD as the jsonld format, property for property. */
class JacksonJsonLdTest {
  private final ObjectMapper reader = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Workload.class)
  void writesTheSameArticleAsTheFormat(Workload workload) throws Exception {
    Briefing briefing = workload.briefing();

    JsonNode baseline = reader.readTree(new JacksonJsonLd().render(briefing));
    JsonNode ours = reader.readTree(OurFormats.renderer("jsonld").render(briefing));

    assertThat(baseline).isEqualTo(ours);
    assertThat(baseline.path("mentions")).hasSize(briefing.figures().size());
  }
}
