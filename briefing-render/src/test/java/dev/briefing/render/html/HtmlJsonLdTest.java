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
}
