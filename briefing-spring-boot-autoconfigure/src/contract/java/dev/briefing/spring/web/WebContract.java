package dev.briefing.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Impact;
import dev.briefing.core.Violation;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import dev.briefing.spring.BriefingProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

/**
 * What an application with only the starter gets over HTTP, on either Boot line: each starter's
 * test extends this with its own {@code @SpringBootTest} and {@code @AutoConfigureMockMvc} on
 * {@link SampleApplication}. Expected bodies come from the library itself (the codec and the
 * registry's renderers), so the web layer is held to exactly what the library writes.
 */
public abstract class WebContract {

  private static final Briefing SEED = SeedBriefing.briefing();
  private static final String SEED_JSON = BriefingJson.create().write(SEED);

  @Autowired
  private MockMvc mvc;

  @Autowired
  private BriefingProperties properties;

  @Test
  void aBriefingIsAnsweredAsTheWireJson() throws Exception {
    mvc.perform(get("/briefing").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().string(SEED_JSON));
  }

  @Test
  void aClientThatAcceptsAnythingGetsJson() throws Exception {
    mvc.perform(get("/briefing").accept(MediaType.ALL))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().string(SEED_JSON));
    mvc.perform(get("/briefing"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
  }

  @Test
  void aBriefingIsReadFromAJsonBody() throws Exception {
    mvc.perform(post("/briefing").contentType(MediaType.APPLICATION_JSON).content(SEED_JSON))
        .andExpect(status().isOk())
        .andExpect(content().string(SEED_JSON));
  }

  @Test
  void aRecordHoldingABriefingHasTheWireJsonInside() throws Exception {
    String edition = "{\"id\":\"42\",\"briefing\":" + SEED_JSON + "}";
    mvc.perform(get("/edition").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().string(edition));
    mvc.perform(post("/edition").contentType(MediaType.APPLICATION_JSON).content(edition))
        .andExpect(status().isOk())
        .andExpect(content().string(edition));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/markdown, markdown", "text/html, html", "text/plain, text", "text/x-house, house",
      "application/x-ndjson, ndjson"})
  void everyRegisteredFormatIsRenderedByAccept(String mediaType, String format) throws Exception {
    String expected = FormatRegistry.loadDefault().renderer(format).render(SEED);
    MvcResult result = mvc.perform(get("/briefing").accept(MediaType.parseMediaType(mediaType)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType(mediaType)))
        .andReturn();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/markdown, markdown", "text/plain, text", "application/x-ndjson, ndjson"})
  void aBriefingIsReadFromEveryFormatWithAParser(String mediaType, String format) throws Exception {
    String body = FormatRegistry.loadDefault().renderer(format).render(SEED);
    mvc.perform(post("/briefing")
            .contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"))
            .content(body.getBytes(StandardCharsets.UTF_8))
            .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().string(SEED_JSON));
  }

  @Test
  void malformedJsonIsAProblemWithLineColumnAndPath() throws Exception {
    String body = "{\n  \"schemaVersion\": \"1.0\",\n  \"signal\": 5\n}";
    BriefingFormatException expected = catchThrowableOfType(BriefingFormatException.class,
        () -> BriefingJson.create().read(body));
    mvc.perform(post("/briefing").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.type").value("https://briefing.dev/problems/malformed-input"))
        .andExpect(jsonPath("$.detail").value(expected.getMessage()))
        .andExpect(jsonPath("$.line").value(expected.location().line().getAsInt()))
        .andExpect(jsonPath("$.column").value(expected.location().column().getAsInt()))
        .andExpect(jsonPath("$.path").value("$.signal"))
        .andExpect(jsonPath("$.instance").value("/briefing"));
  }

  @Test
  void anUnknownPropertyIsAProblemByDefault() throws Exception {
    String body = SEED_JSON.replaceFirst("\\{", "{\"signall\":\"x\",");
    mvc.perform(post("/briefing").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.path").value("$.signall"))
        .andExpect(jsonPath("$.line").value(1))
        .andExpect(jsonPath("$.column").isNumber());
  }

  @Test
  void aSyntaxErrorInARecordHoldingABriefingIsAProblemWithItsPlace() throws Exception {
    mvc.perform(post("/edition").contentType(MediaType.APPLICATION_JSON).content("{\n\"id\": ,\n\"briefing\": {}}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.line").value(2))
        .andExpect(jsonPath("$.column").value(7))
        .andExpect(jsonPath("$.path").value("$.id"));
    mvc.perform(post("/edition").contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"42\",\n\"briefing\": {\"signal\": }}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.line").value(2))
        .andExpect(jsonPath("$.column").isNumber())
        .andExpect(jsonPath("$.path").value(org.hamcrest.Matchers.startsWith("$.briefing")));
  }

  @Test
  void aBlankSignalIsAProblemListingEveryViolationByPath() throws Exception {
    Briefing invalid = SEED.withSignal(" ").withImpacts(Impact.of(1, "x"), Impact.of(11, ""));
    List<Violation> expected = BriefingValidator.standard().validate(invalid);
    String body = BriefingJson.create().withoutValidation().write(invalid);
    mvc.perform(post("/briefing").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://briefing.dev/problems/invalid-briefing"))
        .andExpect(jsonPath("$.violations", hasSize(expected.size())))
        .andExpect(jsonPath("$.violations[*].path").value(org.hamcrest.Matchers.containsInAnyOrder(
            expected.stream().map(Violation::path).toArray())))
        .andExpect(jsonPath("$.violations[?(@.path == 'signal')].message").isNotEmpty());
  }

  @Test
  void aBriefingInAnotherFormatIsHeldToTheSameRules() throws Exception {
    String markdown = FormatRegistry.loadDefault().renderer("markdown").render(SEED.withSignal("x".repeat(5001)));
    mvc.perform(post("/briefing").contentType(MediaType.parseMediaType("text/markdown")).content(markdown))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].path").value("signal"));
  }

  @Test
  void aBodyThatIsNotUtf8IsAProblem() throws Exception {
    byte[] body = SEED_JSON.replace("Andrej", "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    mvc.perform(post("/briefing").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aClientsOtherMistakesAreNever500() throws Exception {
    mvc.perform(post("/briefing").contentType(MediaType.parseMediaType("text/x-house")).content("BOTTOM LINE: x"))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(get("/briefing").accept(MediaType.IMAGE_PNG))
        .andExpect(status().isNotAcceptable());
    mvc.perform(post("/briefing").contentType(MediaType.APPLICATION_JSON).content(""))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/briefing").contentType(MediaType.parseMediaType("text/markdown")).content("# just a title"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.line").isNumber());
  }

  @Test
  void thePropertiesHaveTheirDefaults() {
    assertThat(properties.render().language()).isEqualTo(Locale.ENGLISH);
    assertThat(properties.render().headingLevel()).isEqualTo(1);
    assertThat(properties.render().html()).isEqualTo(BriefingProperties.HtmlOutput.DOCUMENT);
    assertThat(properties.json().failOnUnknownProperties()).isTrue();
    assertThat(properties.maxInputSize()).isEqualTo(DataSize.ofMegabytes(8));
  }
}
