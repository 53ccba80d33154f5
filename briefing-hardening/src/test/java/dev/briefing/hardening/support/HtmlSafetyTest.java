package dev.briefing.hardening.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The oracle itself must catch each kind of escape, or the hostile-text tests prove nothing. */
class HtmlSafetyTest {

  private static final String BENIGN = "<article class=\"briefing\"><h2>The Signal</h2><p>text</p>"
      + "<p style=\"margin:0\">x</p><a href=\"https://example.com/\">source</a><!-- end --></article>";

  private final HtmlSafety safety = HtmlSafety.learn(List.of(BENIGN));

  @Test
  void acceptsTheMarkupItLearntFrom() {
    assertThat(safety.problems(BENIGN)).isEmpty();
  }

  @Test
  void acceptsEscapedMarkupAsText() {
    assertThat(safety.problems("<article class=\"briefing\"><p>&lt;script&gt;alert(1)&lt;/script&gt; "
        + "&quot; onmouseover=x &lt;!-- javascript:alert(1)</p></article>")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<article class=\"briefing\"><p>x<script>alert(1)</script></p></article>",
      "<article class=\"briefing\"><p>x<img src=x onerror=alert(1)></p></article>",
      "<article class=\"briefing\"><p onmouseover=\"alert(1)\">x</p></article>",
      "<article class=\"briefing\"><p title=\"x\">x</p></article>",
      "<article class=\"briefing\"><a href=\"javascript:alert(1)\">x</a></article>",
      "<article class=\"briefing\"><a href=\"JaVaScRiPt:alert(1)\">x</a></article>",
      "<article class=\"briefing\"><a href=\"&#106;avascript:alert(1)\">x</a></article>",
      "<article class=\"briefing\"><a href=\"java&#9;script:alert(1)\">x</a></article>",
      "<article class=\"briefing\"><a href=\" &#1;javascript:alert(1)\">x</a></article>",
      "<article class=\"briefing\"><a href=\"data:text/html,<b>x</b>\">x</a></article>",
      "<article class=\"briefing\"><a href=\"//evil.example/\">x</a></article>",
      "<article class=\"briefing\"><p style=\"background:url(x)\">x</p></article>",
      "<article class=\"briefing evil\"><p>x</p></article>",
      "<article class=\"briefing\"><p>x<!-- hidden --></p></article>",
      "<article class=\"briefing\"><svg><circle/></svg></article>",
      "<article class=\"briefing\"><math><mi>x</mi></math></article>",
      "<article class=\"briefing\"><h2>x</h2><style>p{}</style></article>",
      "<article class=\"briefing\"><iframe src=\"https://example.com/\"></iframe></article>",
      "<article class=\"briefing\"><p>x<script type=\"application/ld+json\">{}</script></p></article>",
      "<head><script type=\"application/ld+json\" src=\"https://evil.example/x\"></script></head><article class=\"briefing\"></article>",
      "<head><script type=\"application/ld+json\">{}</script><script type=\"application/ld+json\">{}</script></head>"
          + "<article class=\"briefing\"></article>",
      "<head><script type=\"application/ld+json\">{\"a\":\"<!--\"}</script></head><article class=\"briefing\"></article>",
      "<head><script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script></head>"
          + "<article class=\"briefing\"></article>"
  })
  void catchesInjectedMarkup(String html) {
    assertThat(safety.problems(html)).isNotEmpty();
  }

  @Test
  void acceptsOneJsonLdBlockInTheHead() {
    assertThat(safety.problems("<head><script type=\"application/ld+json\">{\"@type\":\"AnalysisNewsArticle\"}</script></head>"
        + BENIGN)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/", "HTTP://example.com", "mailto:a@example.com", "#the-signal"})
  void allowsWebAndMailUrls(String url) {
    assertThat(HtmlSafety.safeUrl(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "\u0001javascript:x", "java\nscript:x", "vbscript:x",
      "data:text/html,x", "file:///etc/passwd", "/relative", "//host/x", "x", ""})
  void refusesEveryOtherUrl(String url) {
    assertThat(HtmlSafety.safeUrl(url)).isFalse();
  }
}
