package dev.briefing.render;

import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.html.HtmlFormat;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownFormat;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextFormat;
import dev.briefing.render.text.TextParser;
import dev.briefing.render.text.TextRenderer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each built-in format says about itself, and that it renders with the renderer it was given. */
class BuiltInFormatsTest {

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(new HtmlFormat(), "html", "text/html", ".html", true, "HtmlFormat[text/html]"),
        Arguments.of(new MarkdownFormat(), "markdown", "text/markdown", ".md", true, "MarkdownFormat[text/markdown]"),
        Arguments.of(new TextFormat(), "text", "text/plain", ".txt", true, "TextFormat[text/plain]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("formats")
  void describesItselfAndOffersAParserOnlyWhereOneExists(
      BriefingFormat format, String name, String mediaType, String extension, boolean parses, String text) {
    assertThat(format.name()).isEqualTo(name);
    assertThat(format.mediaType()).isEqualTo(mediaType);
    assertThat(format.extensions()).containsExactly(extension);
    assertThat(format.renderer()).isPresent();
    assertThat(format.parser().isPresent()).isEqualTo(parses);
    assertThat(format).hasToString(text);
  }

  @Test
  void parsersReadWhatTheFormatsRendererWrites() {
    var seed = SeedBriefing.briefing();
    for (BriefingFormat format : List.<BriefingFormat>of(new MarkdownFormat(), new TextFormat(), new HtmlFormat())) {
      String written = format.renderer().orElseThrow().render(seed);
      assertThat(format.parser().orElseThrow().parse(written)).as(format.name()).isEqualTo(seed);
    }
    assertThat(new MarkdownFormat().parser().orElseThrow()).isInstanceOf(MarkdownParser.class);
    assertThat(new TextFormat().parser().orElseThrow()).isInstanceOf(TextParser.class);
  }

  @Test
  void rendersWithTheRendererItWasGiven() {
    var seed = SeedBriefing.briefing();
    HtmlRenderer html = HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    MarkdownRenderer markdown = MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    TextRenderer text = TextRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    assertThat(new HtmlFormat(html).renderer()).containsSame(html);
    assertThat(new MarkdownFormat(markdown).renderer()).containsSame(markdown);
    assertThat(new TextFormat(text).renderer()).containsSame(text);
    assertThat(new HtmlFormat().renderer().orElseThrow().render(seed)).isEqualTo(HtmlRenderer.standard().render(seed));
    assertThat(new MarkdownFormat().renderer().orElseThrow().render(seed))
        .isEqualTo(MarkdownRenderer.standard().render(seed));
    assertThat(new TextFormat().renderer().orElseThrow().render(seed)).isEqualTo(TextRenderer.standard().render(seed));
  }

  @Test
  void refusesNoRenderer() {
    assertThatNullPointerException().isThrownBy(() -> new HtmlFormat(null)).withMessage("renderer");
    assertThatNullPointerException().isThrownBy(() -> new MarkdownFormat(null)).withMessage("renderer");
    assertThatNullPointerException().isThrownBy(() -> new TextFormat(null)).withMessage("renderer");
  }
}
