package dev.briefing.spring.replaced;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.markdown.MarkdownFormat;
import dev.briefing.render.markdown.MarkdownRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An application's own format registry: Markdown in French; the starter's registry steps aside. */
@Configuration(proxyBeanMethods = false)
public class FrenchMarkdownConfiguration {

  /** The Markdown renderer the application wants. */
  public static final MarkdownRenderer FRENCH = MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build());

  /** @return the application's registry */
  @Bean
  public FormatRegistry briefingFormats() {
    return FormatRegistry.loadDefault().with(new MarkdownFormat(FRENCH));
  }
}
