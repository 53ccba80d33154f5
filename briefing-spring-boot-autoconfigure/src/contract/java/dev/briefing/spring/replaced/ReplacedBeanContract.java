package dev.briefing.spring.replaced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An application that defines its own {@link FormatRegistry} bean gets it behind the HTTP
 * converter, on either Boot line: each starter's test runs this on {@code SampleApplication}
 * plus {@link FrenchMarkdownConfiguration}.
 */
public abstract class ReplacedBeanContract {

  @Autowired
  private MockMvc mvc;

  @Autowired
  private ApplicationContext context;

  @Test
  void theApplicationsRegistryServesTheRequests() throws Exception {
    String markdown = mvc.perform(get("/briefing").accept(MediaType.parseMediaType("text/markdown")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(markdown).isEqualTo(FrenchMarkdownConfiguration.FRENCH.render(SeedBriefing.briefing()));
    assertThat(context.getBeansOfType(FormatRegistry.class)).containsOnlyKeys("briefingFormats");
  }
}
