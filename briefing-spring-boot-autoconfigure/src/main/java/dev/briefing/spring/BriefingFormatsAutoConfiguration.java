package dev.briefing.spring;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.spring.internal.ConfiguredFormats;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures the {@link FormatRegistry}: every format found by {@link
 * java.util.ServiceLoader} in the application's class loader, the built-in ones set up from
 * {@link BriefingProperties}. Define a {@code FormatRegistry} bean of your own to replace it.
 *
 * <pre>{@code
 * @Bean
 * FormatRegistry briefingFormats() {
 *   return FormatRegistry.loadDefault().with(new HouseStyleFormat());
 * }
 * }</pre>
 */
@AutoConfiguration
@ConditionalOnClass(FormatRegistry.class)
@EnableConfigurationProperties(BriefingProperties.class)
public class BriefingFormatsAutoConfiguration {

  /** Created by Spring. */
  public BriefingFormatsAutoConfiguration() {}

  /**
   * @param properties the {@code briefing.*} properties
   * @param resourceLoader whose class loader is searched for formats
   * @return the formats
   */
  @Bean
  @ConditionalOnMissingBean
  public FormatRegistry briefingFormats(BriefingProperties properties, ResourceLoader resourceLoader) {
    ClassLoader classLoader = resourceLoader.getClassLoader();
    FormatRegistry found = classLoader == null ? FormatRegistry.loadDefault() : FormatRegistry.load(classLoader);
    return ConfiguredFormats.of(found, properties);
  }
}
