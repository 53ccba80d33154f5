package dev.briefing.hardening.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.web.JsonLdRenderer;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD inside the HTML page against hostile strings in every field: the page has one
 * script, in the head, which no text closes early or turns into a comment, and whose JSON
 * parses back to exactly the JSON-LD of the briefing (the same strings).
 */
class JsonLdInHtmlSafetyTest {

  static Stream<Briefing> hostile() {
    return HostileStrings.everywhere();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void theScriptNeverClosesEarlyAndHoldsTheSameStrings(Briefing briefing) {
    String page = HtmlRenderer.standard().render(briefing);
    int open = page.indexOf("<script type=\"application/ld+json\">");
    int close = page.indexOf("</script>", open);
    String raw = page.substring(open + "<script type=\"application/ld+json\">".length(), close);
    assertThat(raw.toLowerCase(Locale.ROOT)).doesNotContain("</script", "<!--", "<script");
    assertThat(raw).doesNotContain("\u2028", "\u2029");

    Document document = Jsoup.parse(page);
    assertThat(document.select("script")).hasSize(1);
    Element script = document.selectFirst("script");
    assertThat(script.parent().tagName()).isEqualTo("head");
    assertThat(script.data()).isEqualTo(raw);
    assertThat(parse(raw)).isEqualTo(parse(JsonLdRenderer.standard().render(briefing)));
    assertThat(parse(raw).asJsonObject().getString("abstract")).isEqualTo(briefing.signal());
  }

  private static JsonValue parse(String json) {
    return Json.createReader(new StringReader(json)).readValue();
  }
}
