package dev.briefing.spring;

import dev.briefing.core.format.FormatRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configures a Spring MVC application: the {@link BriefingHttpMessageConverter} over the
 * {@link FormatRegistry} bean (Spring Boot adds every {@code HttpMessageConverter} bean ahead of
 * its own), and the {@link BriefingProblemHandler}. Each is replaced by a bean of the same type
 * of your own.
 *
 * <pre>{@code
 * @RestController
 * class Briefings {
 *   @GetMapping("/briefings/{id}")          // JSON, Markdown, HTML or text, as Accept asks
 *   Briefing get(@PathVariable String id) { return store.find(id); }
 *
 *   @PostMapping("/briefings")              // any format with a parser, by Content-Type
 *   Briefing post(@Valid @RequestBody Briefing briefing) { return store.save(briefing); }
 * }
 * }</pre>
 */
@AutoConfiguration(after = BriefingFormatsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, FormatRegistry.class})
public class BriefingWebMvcAutoConfiguration {

  /** Created by Spring. */
  public BriefingWebMvcAutoConfiguration() {}

  /**
   * @param formats the formats to offer
   * @param properties the {@code briefing.*} properties
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public BriefingHttpMessageConverter briefingHttpMessageConverter(FormatRegistry formats, BriefingProperties properties) {
    return new BriefingHttpMessageConverter(formats, properties.maxInputSize());
  }

  /**
   * @param translators what locates failures of other parsers, such as Jackson's
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean
  public BriefingProblemHandler briefingProblemHandler(ObjectProvider<ReadFailureTranslator> translators) {
    return new BriefingProblemHandler(translators.orderedStream().toList());
  }
}
