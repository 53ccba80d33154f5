package dev.briefing.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import dev.briefing.spring.web.SampleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application moved to Boot 4 that still defines a Jackson 2 {@code ObjectMapper} bean of
 * its own: Boot 4 no longer lets that bean replace the {@code JsonMapper} its HTTP converters
 * use, so briefings over HTTP stay the wire JSON, written and read by Jackson 3 with the module.
 */
@SpringBootTest(classes = {SampleApplication.class, Boot4WithJackson2ObjectMapperTest.OwnObjectMapper.class})
@AutoConfigureMockMvc
class Boot4WithJackson2ObjectMapperTest {

  private static final String EDITION = "{\"id\":\"42\",\"briefing\":" + BriefingJson.create().write(SeedBriefing.briefing()) + "}";

  @Autowired
  private MockMvc mvc;

  @Autowired
  private ApplicationContext context;

  @Test
  void briefingsOverHttpStayTheWireJson() throws Exception {
    assertThat(context.getBeansOfType(ObjectMapper.class)).containsOnlyKeys("objectMapper");
    assertThat(context.getBeansOfType(JsonMapper.class)).hasSize(1);
    mvc.perform(get("/edition").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().string(EDITION));
    mvc.perform(post("/edition").contentType(MediaType.APPLICATION_JSON).content(EDITION))
        .andExpect(status().isOk())
        .andExpect(content().string(EDITION));
  }

  /** The application's own Jackson 2 mapper, as it had on Boot 3. */
  @Configuration(proxyBeanMethods = false)
  static class OwnObjectMapper {
    @Bean
    ObjectMapper objectMapper() {
      return new ObjectMapper();
    }
  }
}
