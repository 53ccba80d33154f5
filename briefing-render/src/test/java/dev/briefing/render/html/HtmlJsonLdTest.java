package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.testing.Samples;
import dev.briefing.web.JsonLdRenderer;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlJsonLdTest {

  @Test
  void documentHeadCarriesTheJsonLdOnceInItsScriptForm() throws IOException {
    RenderOptions german = RenderOptions.builder().labels(SectionLabels.german()).build();
    Briefing briefing = Samples.seedWithDetails();
    Document page = Jsoup.parse(HtmlRenderer.of(german).render(briefing));

    Elements scripts = page.select("script");
    assertThat(scripts).hasSize(1);
    assertThat(scripts.first().parent().tagName()).isEqualTo("head");
    assertThat(scripts.first().attr("type")).isEqualTo("application/ld+json");
    StringBuilder expected = new StringBuilder();
    JsonLdRenderer.of(german).renderScriptTo(briefing, expected);
    assertThat(scripts.first().data()).isEqualTo(expected.toString());
  }

  @Test
  void fragmentHasNoScript() {
    String article = HtmlRenderer.of(RenderOptions.builder().fragment(true).build()).render(SeedBriefing.briefing());
    assertThat(article).doesNotContain("<script");
  }

  @Test
  void pageWithoutJsonLdIsThePageLessItsScriptElementAndNothingElse() {
    Briefing briefing = Samples.seedWithDetails();
    HtmlRenderer without = HtmlRenderer.builder().jsonLd(false).build();

    assertThat(without.render(briefing)).isEqualTo(lessItsScript(HtmlRenderer.standard().render(briefing)));
    assertThat(Jsoup.parse(without.render(briefing)).select("head > style")).hasSize(1);
    assertThat(without.writesJsonLd()).isFalse();
    assertThat(HtmlRenderer.standard().writesJsonLd()).isTrue();
  }

  @Test
  void builderKeepsTheJsonLdUnlessToldAndKeepsItsOtherSettingsEitherWay() {
    RenderOptions german = RenderOptions.builder().labels(SectionLabels.german()).build();
    Briefing briefing = Samples.seedWithDetails();

    assertThat(HtmlRenderer.builder().options(german).build().render(briefing))
        .isEqualTo(HtmlRenderer.of(german).render(briefing));
    assertThat(HtmlRenderer.builder().jsonLd(false).options(german).build().render(briefing))
        .isEqualTo(lessItsScript(HtmlRenderer.of(german).render(briefing)));
  }

  @Test
  void fragmentHasNoScriptWhateverTheBuilderSays() {
    HtmlRenderer fragment = HtmlRenderer.builder().options(RenderOptions.builder().fragment(true).build())
        .jsonLd(true).build();

    assertThat(fragment.render(SeedBriefing.briefing())).doesNotContain("<script");
    assertThat(fragment.writesJsonLd()).isFalse();
  }

  private static String lessItsScript(String page) {
    int start = page.indexOf("<script type=\"application/ld+json\">");
    assertThat(start).as("the page's script").isPositive();
    int end = page.indexOf("</script>\n", start) + "</script>\n".length();
    return page.substring(0, start) + page.substring(end);
  }
}
