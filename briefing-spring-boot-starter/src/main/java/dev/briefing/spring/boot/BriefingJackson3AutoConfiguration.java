package dev.briefing.spring.boot;

import dev.briefing.jackson3.BriefingModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configures Jackson 3 in a Spring Boot 4 application: the {@link BriefingModule} bean,
 * a {@code JacksonModule} that Boot adds to its {@code JsonMapper} (so a {@code Briefing}
 * anywhere in your types is the wire JSON), and the translator that gives Jackson's parse
 * failures a line, column and JSON path in problem details. Define a bean of either type to
 * replace it.
 *
 * <pre>{@code
 * record Edition(String id, Briefing briefing) {}
 *
 * @GetMapping("/editions/{id}")
 * Edition edition(@PathVariable String id) { return editions.find(id); }  // briefing as wire JSON
 * }</pre>
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({JsonMapper.class, BriefingModule.class})
public class BriefingJackson3AutoConfiguration {

  /** Created by Spring. */
  public BriefingJackson3AutoConfiguration() {}

  /** @return the module Boot adds to its {@code JsonMapper} */
  @Bean
  @ConditionalOnMissingBean
  public BriefingModule briefingModule() {
    return new BriefingModule();
  }

  /** @return what locates Jackson 3's parse failures */
  @Bean
  @ConditionalOnMissingBean
  public Jackson3ReadFailures jackson3ReadFailures() {
    return new Jackson3ReadFailures();
  }
}
