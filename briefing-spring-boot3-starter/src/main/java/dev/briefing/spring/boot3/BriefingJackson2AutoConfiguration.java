package dev.briefing.spring.boot3;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.jackson2.BriefingModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures Jackson 2 in a Spring Boot 3.5 application: the {@link BriefingModule} bean,
 * which Boot registers in its {@code ObjectMapper} (so a {@code Briefing} anywhere in your types
 * is the wire JSON), and the translator that gives Jackson's parse failures a line, column and
 * JSON path in problem details. Define a bean of either type to replace it.
 *
 * <pre>{@code
 * record Edition(String id, Briefing briefing) {}
 *
 * @GetMapping("/editions/{id}")
 * Edition edition(@PathVariable String id) { return editions.find(id); }  // briefing as wire JSON
 * }</pre>
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass({ObjectMapper.class, BriefingModule.class})
public class BriefingJackson2AutoConfiguration {

  /** Created by Spring. */
  public BriefingJackson2AutoConfiguration() {}

  /** @return the module Boot adds to its {@code ObjectMapper} */
  @Bean
  @ConditionalOnMissingBean
  public BriefingModule briefingModule() {
    return new BriefingModule();
  }

  /** @return what locates Jackson 2's parse failures */
  @Bean
  @ConditionalOnMissingBean
  public Jackson2ReadFailures jackson2ReadFailures() {
    return new Jackson2ReadFailures();
  }
}
