package dev.briefing.render;

import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownFormat;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FormatDiscoveryTest {
  private final FormatRegistry formats = FormatRegistry.loadDefault();

  // Only true on the module path: on the class path the test resources register a fourth format.
  // The JSON formats and briefing-web's jsonld are there too, for the tests that read expected briefings as JSON.
  @Tag("module-path")
  @Test
  void moduleProvidesTheThreeFormats() {
    assertThat(formats.formats().stream().filter(f -> f.getClass().getModule() == TextRenderer.class.getModule())
        .map(f -> f.name())).containsExactly("html", "markdown", "text");
    assertThat(BriefingModule.isNamed()).isTrue();
  }

  @Test
  void formatsAreFoundByNameMediaTypeAndExtension() {
    assertThat(formats.byName("TEXT").mediaType()).isEqualTo("text/plain");
    assertThat(formats.byMediaType("text/markdown; charset=utf-8").name()).isEqualTo("markdown");
    assertThat(formats.byExtension("html").name()).isEqualTo("html");
    assertThat(formats.forFileName("briefs/signal.txt").name()).isEqualTo("text");
    assertThat(formats.forFileName("briefs/signal.md").name()).isEqualTo("markdown");
  }

  @Test
  void registeredRenderersUseTheStandardOptions() {
    var seed = SeedBriefing.briefing();
    assertThat(formats.renderer("text").render(seed)).isEqualTo(TextRenderer.standard().render(seed));
    assertThat(formats.renderer("markdown").render(seed)).isEqualTo(MarkdownRenderer.standard().render(seed));
    assertThat(formats.renderer("html").render(seed)).isEqualTo(HtmlRenderer.standard().render(seed));
  }

  @Test
  void formatBuiltWithOptionsReplacesTheDefaultInCode() {
    MarkdownRenderer german = MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    FormatRegistry mine = formats.with(new MarkdownFormat(german));
    assertThat(mine.renderer("markdown").render(SeedBriefing.briefing())).contains("## Das Signal\n");
  }

  /** The module the renderers live in when tests run on the module path. */
  private static final class BriefingModule {
    static boolean isNamed() {
      return TextRenderer.class.getModule().isNamed();
    }
  }
}
