package dev.briefing.examples.service;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The README's curl lines, as MockMvc requests. */
@SpringBootTest
@AutoConfigureMockMvc
class BriefingServiceTest {

  @Autowired
  private MockMvc mvc;

  @Test
  void theReadmesRequestsAnswerAsItSays() throws Exception {
    mvc.perform(get("/briefings/karpathy")).andExpect(status().isOk())
        .andExpect(jsonPath("$.signal").value("Talent, not scale, is the new frontier."));
    mvc.perform(get("/briefings/karpathy").accept("text/markdown")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.startsWith("# Talent, not scale")));
    mvc.perform(get("/briefings/karpathy").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.startsWith("<!DOCTYPE html>")));
    mvc.perform(get("/editions/karpathy")).andExpect(jsonPath("$.briefing.schemaVersion").value("1.0"));
    mvc.perform(put("/briefings/bad").contentType(MediaType.APPLICATION_JSON).content("{\"signal\": \"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
