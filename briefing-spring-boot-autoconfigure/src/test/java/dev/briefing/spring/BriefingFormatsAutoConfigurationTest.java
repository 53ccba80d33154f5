package dev.briefing.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BriefingFormatsAutoConfigurationTest {

  private static final Briefing SEED = SeedBriefing.briefing();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(BriefingFormatsAutoConfiguration.class));

  @Test
  void theRegistryHasEveryFormatServiceLoaderFinds() {
    runner.run(context -> assertThat(context.getBean(FormatRegistry.class).names())
        .containsExactly("house", "html", "json", "jsonld", "markdown", "ndjson", "text"));
  }

  @Test
  void withNoPropertiesTheBuiltInFormatsHaveTheirDefaults() {
    runner.run(context -> {
      FormatRegistry formats = context.getBean(FormatRegistry.class);
      assertThat(formats.renderer("html").render(SEED)).isEqualTo(HtmlRenderer.standard().render(SEED));
      assertThat(formats.renderer("markdown").render(SEED)).isEqualTo(MarkdownRenderer.standard().render(SEED));
      assertThat(formats.renderer("json").render(SEED)).isEqualTo(BriefingJson.create().write(SEED));
    });
  }

  @Test
  void thePropertiesSetUpTheBuiltInFormats() {
    runner.withPropertyValues("briefing.render.language=de", "briefing.render.heading-level=2",
            "briefing.render.html=fragment")
        .run(context -> {
          FormatRegistry formats = context.getBean(FormatRegistry.class);
          SectionLabels german = SectionLabels.german();
          assertThat(formats.renderer("html").render(SEED)).isEqualTo(
              HtmlRenderer.of(RenderOptions.builder().labels(german).headingLevel(2).fragment(true).build()).render(SEED));
          assertThat(formats.renderer("markdown").render(SEED)).isEqualTo(
              MarkdownRenderer.of(RenderOptions.builder().labels(german).headingLevel(2).build()).render(SEED));
          assertThat(formats.renderer("text").render(SEED)).isEqualTo(
              TextRenderer.of(RenderOptions.builder().labels(german).build()).render(SEED));
        });
  }

  @Test
  void unknownJsonPropertiesAreSkippedWhenTheyMayBe() {
    String withUnknown = BriefingJson.create().write(SEED).replaceFirst("\\{", "{\"later\":1,");
    runner.withPropertyValues("briefing.json.fail-on-unknown-properties=false")
        .run(context -> assertThat(context.getBean(FormatRegistry.class).parser("json").parse(withUnknown))
            .isEqualTo(SEED));
  }

  @Test
  void aLanguageWithoutLabelsStopsTheApplicationNamingTheProperty() {
    runner.withPropertyValues("briefing.render.language=ja")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("briefing.render.language is 'ja'").hasMessageContaining("[en, de, fr, es]"));
  }

  @Test
  void aHeadingLevelOutOfRangeStopsTheApplication() {
    runner.withPropertyValues("briefing.render.heading-level=6")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessage("briefing.render.heading-level must be 1 to 5 but was 6"));
  }

  @Test
  void anApplicationsOwnRegistryReplacesTheStarters() {
    FormatRegistry own = FormatRegistry.empty();
    runner.withBean(FormatRegistry.class, () -> own)
        .run(context -> assertThat(context.getBean(FormatRegistry.class)).isSameAs(own));
  }

  @Test
  void withoutTheLibraryNothingIsConfigured() {
    runner.withClassLoader(new FilteredClassLoader(FormatRegistry.class))
        .run(context -> assertThat(context).doesNotHaveBean(FormatRegistry.class)
            .doesNotHaveBean(BriefingProperties.class));
  }
}
