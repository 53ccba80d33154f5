package dev.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.testing.SeedBriefing;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source's link comes back from the rendered Markdown exactly as the model holds it, to
 * commonmark-java and to the library's own parser: character references stay text, and
 * nothing is normalised or percent-encoded.
 */
class MarkdownLinkDestinationTest {

  /** What a destination could read as markup, or what a normalising writer would change. */
  private static final List<String> AWKWARD = List.of(
      "&sol;@", "&amp;", "&quot;", "&#10;", "&#x41;", "&", "&&", "&lt;", "(", ")", "()", "((", "))",
      "caf\u00e9", "\u30d1\u30b9", "\u00c2\u00af", "\u0e42", "..", ".", "/../", "/./", "%41", "%2F", "%C3%A9",
      "*", "_", "~", "!", "$", "'", "+", ",", ";", "=", ":", "@", "-", "'", "a");

  static Stream<String> generated() {
    Random random = new Random(20_261_201L);
    List<String> urls = new ArrayList<>();
    while (urls.size() < 500) {
      StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
      if (random.nextInt(4) == 0) {
        url.append(pieces(random, 2)).append('@');
      }
      url.append(random.nextBoolean() ? "good.example" : "Good.Example:8443");
      for (int segments = random.nextInt(4); segments >= 0; segments--) {
        url.append('/').append(pieces(random, 3));
      }
      if (random.nextBoolean()) {
        url.append('?').append(pieces(random, 4)).append(random.nextBoolean() ? "[]" : "");
      }
      if (random.nextBoolean()) {
        url.append('#').append(pieces(random, 3));
      }
      try {
        URI uri = new URI(url.toString());
        if (uri.getHost() != null) {
          urls.add(url.toString());
        }
      } catch (java.net.URISyntaxException e) {
        // A user-info of only reserved characters can make the host unreadable: not a source.
      }
    }
    return urls.stream();
  }

  private static String pieces(Random random, int most) {
    StringBuilder out = new StringBuilder();
    for (int n = 1 + random.nextInt(most); n > 0; n--) {
      out.append(AWKWARD.get(random.nextInt(AWKWARD.size())));
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://evil.example&sol;@good.example/",
    "https://good.example/?a=1&amp;b=2",
    "https://good.example/&quot;x&quot;",
    "https://good.example/a&#10;b",
    "https://good.example/caf\u00e9",
    "https://good.example/a/../b",
    "https://good.example/a/./b",
    "https://EVIL.example@Good.Example/",
    "mailto:desk@good.example?subject=a&amp;b",
  })
  void namedAwkwardDestinationsComeBackExactly(String url) {
    assertComesBackExactly(url);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void generatedDestinationsComeBackExactly(String url) {
    assertComesBackExactly(url);
  }

  private static void assertComesBackExactly(String url) {
    Briefing briefing = SeedBriefing.briefing().withMetadata(
        Metadata.builder().addSources(Source.of("A source", URI.create(url))).build());

    String markdown = MarkdownRenderer.standard().render(briefing);

    assertThat(destinations(markdown)).as(markdown).containsExactly(url);
    Briefing read = MarkdownParser.standard().parse(markdown);
    assertThat(read.metadata().sources()).as(markdown).hasSize(1);
    assertThat(read.metadata().sources().get(0).url().toString()).as(markdown).isEqualTo(url);
    assertThat(read).as(markdown).isEqualTo(briefing);
  }

  private static List<String> destinations(String markdown) {
    List<String> found = new ArrayList<>();
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        found.add(link.getDestination());
        visitChildren(link);
      }
    });
    return found;
  }
}
