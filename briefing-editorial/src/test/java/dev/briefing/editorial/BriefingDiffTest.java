package dev.briefing.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's 1.1 edition ({@code diff/previous.json}) against edited editions, one folder each
 * under {@code diff/}: {@code current.json} and the expected report in every format.
 */
class BriefingDiffTest {

  private static final String[] CASES = {
    "figure-moved", "figure-revalued", "impact-reworded", "likelihood-raised", "watch-item-dropped-and-added"
  };
  private static final String[][] FORMATS = {{"TEXT", "txt"}, {"MARKDOWN", "md"}, {"HTML", "html"}, {"JSON", "json"}};

  static Stream<Arguments> casesInEveryFormat() {
    return Stream.of(CASES).flatMap(name -> Stream.of(FORMATS).map(f -> Arguments.of(name, DiffFormat.valueOf(f[0]), f[1])));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("casesInEveryFormat")
  void theSeedAgainstAnEditedEditionGivesTheExpectedReport(String name, DiffFormat format, String extension) {
    BriefingDiff diff = BriefingDiff.between(previous(), briefing("/diff/" + name + "/current.json"));

    assertThat(format.render(diff)).isEqualTo(resource("/diff/" + name + "/expected." + extension));
  }

  @Test
  void thePreviousEditionIsTheSeedAsA11Edition() {
    assertThat(previous()).isEqualTo(SeedBriefing.editorialBriefing());
  }

  @Test
  void equalEditionsHaveNoChanges() {
    BriefingDiff diff = BriefingDiff.between(previous(), SeedBriefing.editorialBriefing());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(DiffFormat.TEXT.render(diff)).isEqualTo("No changes\n");
    assertThat(DiffFormat.JSON.render(diff)).isEqualTo("{\"equal\":true,\"changes\":[]}\n");
  }

  @Test
  void aFigureDroppedBeforeOthersDoesNotMakeThemMoved() {
    Briefing previous = SeedBriefing.briefing();
    Briefing current = previous.withFigures(previous.figures().subList(1, 3));

    assertThat(BriefingDiff.between(previous, current).changes())
        .extracting(Change::kind, Change::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.REMOVED, "$.figures[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void commonMarkReadsTheMarkdownReportsTextBackAsWritten(String name) {
    BriefingDiff diff = BriefingDiff.between(previous(), briefing("/diff/" + name + "/current.json"));
    StringBuilder text = new StringBuilder();
    Parser.builder().build().parse(DiffFormat.MARKDOWN.render(diff)).accept(new AbstractVisitor() {
      @Override
      public void visit(Text node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(Code node) {
        text.append(node.getLiteral());
      }
    });
    for (Change change : diff.changes()) {
      assertThat(text).contains(change.path() + " " + change.subject());
      change.before().ifPresent(v -> assertThat(text).contains("before: " + v));
      change.after().ifPresent(v -> assertThat(text).contains("after: " + v));
    }
  }

  static Stream<String> names() {
    return Stream.of(CASES);
  }

  private static Briefing previous() {
    return briefing("/diff/previous.json");
  }

  private static Briefing briefing(String resource) {
    return BriefingJson.create().read(resource(resource));
  }

  static String resource(String name) {
    try (InputStream in = BriefingDiffTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
