package dev.briefing.render.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.html.HtmlRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Handing jsoup only the article of a page the renderer wrote builds the same article as jsoup's
 * parse of the whole page, and a page whose head is not the renderer's is parsed whole.
 */
class OwnDocumentTest {

  private static Element article(Document document) {
    return document.selectFirst("article.briefing");
  }

  @Test
  void theArticleAloneParsesAsInTheWholePage() {
    List<Briefing> briefings = BriefingGenerator.validBriefings(60, 20_261_202L).toList();
    int i = 0;
    for (Briefing briefing : briefings) {
      SectionLabels labels = SectionLabels.builtIn().get(i++ % SectionLabels.builtIn().size());
      RenderOptions options = RenderOptions.builder().labels(labels).build();
      // Every other page without its JSON-LD, which the renderer leaves out when built to.
      String page = (i % 2 == 0 ? HtmlRenderer.of(options) : HtmlRenderer.builder().options(options).jsonLd(false).build())
          .render(briefing);
      if (i % 2 == 1) {
        assertThat(page).doesNotContain(OwnDocument.SCRIPT_OPEN);
      }
      int start = OwnDocument.articleStart(page);
      assertThat(start).isEqualTo(page.indexOf(OwnDocument.ARTICLE)).isPositive();
      Element whole = article(Jsoup.parse(page));
      Element alone = article(Jsoup.parse(OwnDocument.fromArticle(page, start)));
      assertThat(alone.outerHtml()).isEqualTo(whole.outerHtml());
      assertThat(alone.hasSameValue(whole)).isTrue();
    }
  }

  @Test
  void aPageWithoutTheRenderersHeadIsParsedWhole() {
    Briefing briefing = BriefingGenerator.validBriefings(1, 7L).findFirst().orElseThrow();
    String page = HtmlRenderer.standard().render(briefing);
    String fragment = HtmlRenderer.of(RenderOptions.builder().fragment(true).build()).render(briefing);
    int title = page.indexOf("<title>") + "<title>".length();
    int style = page.indexOf("</style>");

    assertThat(OwnDocument.articleStart(fragment)).isEqualTo(-1);
    // A comment or a table opened in the head would change where the article lands.
    assertThat(OwnDocument.articleStart(page.substring(0, title) + "<!--" + page.substring(title))).isEqualTo(-1);
    assertThat(OwnDocument.articleStart(page.substring(0, style) + "</style><table>" + page.substring(style))).isEqualTo(-1);
    assertThat(OwnDocument.articleStart(page.replace("<body>\n", "<body>\n<b>"))).isEqualTo(-1);
  }
}
