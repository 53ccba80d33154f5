package dev.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.kit.RenderOptions;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.testing.Golden;
import dev.briefing.render.testing.Samples;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.standard();
  private static final Parser COMMONMARK = Parser.builder().build();

  @Test
  void seedMatchesGoldenFile() {
    Golden.assertMatches("seed.md", MARKDOWN.render(SeedBriefing.briefing()));
  }

  @Test
  void seedWithTitleAndDetailsMatchesGoldenFile() {
    Golden.assertMatches("seed-details.md", MARKDOWN.render(Samples.seedWithDetails()));
  }

  @Test
  void frenchLabelsMatchGoldenFile() {
    MarkdownRenderer french = MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.french()).build());
    Golden.assertMatches("seed-details.fr.md", french.render(Samples.seedWithDetails()));
  }

  @Test
  void tableLayoutMatchesGoldenFileAndParsesAsGfmTable() {
    String md = MarkdownRenderer.of(RenderOptions.builder().figureLayout(FigureLayout.TABLE).build()).render(SeedBriefing.briefing());
    Golden.assertMatches("seed-table.md", md);
    Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    List<String> cells = new java.util.ArrayList<>();
    collect(document, TableCell.class, cells);
    assertThat(cells).startsWith("Value", "Measure", "Source", "As of", "$72.3B",
        "Total capital raised by Anthropic to date", "various sources", "");
  }

  @Test
  void hostileFiguresSurviveTheTableLayout() {
    Parser gfm = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    MarkdownRenderer tables = MarkdownRenderer.of(RenderOptions.builder().figureLayout(FigureLayout.TABLE).build());
    BriefingGenerator.hostileBriefings(200, 9).filter(b -> !b.figures().isEmpty()).forEach(b -> {
      Node document = gfm.parse(tables.render(b));
      List<String> cells = new java.util.ArrayList<>();
      collect(document, TableCell.class, cells);
      List<String> expected = new java.util.ArrayList<>(List.of("Value", "Measure", "Source", "As of"));
      for (Figure f : b.figures()) {
        expected.addAll(List.of(f.value(), f.label(), f.source().orElse(""), f.asOf().orElse("")));
      }
      assertThat(cells).containsExactlyElementsOf(expected.stream().map(MarkdownRendererTest::noNul).toList());
    });
  }

  @Test
  void headingLevelMovesTitleAndSections() {
    String md = MarkdownRenderer.of(RenderOptions.builder().headingLevel(3).build()).render(SeedBriefing.briefing().withTitle("T"));
    assertThat(md).startsWith("### T\n\n#### The Signal\n\n");
  }

  @Test
  void outputEndsWithExactlyOneNewline() {
    assertThat(MARKDOWN.render(SeedBriefing.briefing())).endsWith(".\n").doesNotEndWith("\n\n");
  }

  @Test
  void writesWhatTheParsersRepairWouldChangeAsACharacterReference() {
    String md = MARKDOWN.render(SeedBriefing.briefing().withSignal("Â¯ and aโb, but Ã alone, ภาษาไทย โดย"));

    assertThat(md).contains("\n&#194;¯ and a&#3650;b, but Ã alone, ภาษาไทย โดย\n");
  }

  @Test
  void unsafeSourceAddressIsNotLinked() {
    Briefing briefing = SeedBriefing.briefing().withMetadata(Metadata.builder()
        .addSources(Source.of("Bad", URI.create("javascript:alert(1)"))).build());
    assertThat(MARKDOWN.render(briefing)).endsWith("- **Source:** Bad\n").doesNotContain("javascript");
  }

  static Stream<Briefing> briefings() {
    return Stream.concat(BriefingGenerator.validBriefings(200, 11), BriefingGenerator.hostileBriefings(1_000, 12));
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("briefings")
  void commonMarkParserGivesBackEveryString(Briefing briefing) {
    Node document = COMMONMARK.parse(MARKDOWN.render(briefing));
    assertThat(MarkdownStructure.read(document)).containsExactlyElementsOf(
        ExpectedMarkdown.of(briefing, SectionLabels.english()));
  }

  @Test
  void commonMarkParserGivesBackCustomLabelsFullOfMarkup() {
    SectionLabels odd = SectionLabels.english().withSignal("*Signal* <b>#1</b>").withAsOf("[as of]")
        .withId("`id`").withSource("_src_");
    MarkdownRenderer renderer = MarkdownRenderer.of(RenderOptions.builder().labels(odd).build());
    BriefingGenerator.validBriefings(50, 13).forEach(b ->
        assertThat(MarkdownStructure.read(COMMONMARK.parse(renderer.render(b))))
            .containsExactlyElementsOf(ExpectedMarkdown.of(b, odd)));
  }

  private static String noNul(String s) {
    return s.replace('\0', '\uFFFD');
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<String> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (type.isInstance(child)) {
        StringBuilder text = new StringBuilder();
        for (Node t = child.getFirstChild(); t != null; t = t.getNext()) {
          text.append(t instanceof Text ? ((Text) t).getLiteral() : "<" + t.getClass().getSimpleName() + ">");
        }
        out.add(text.toString());
      } else {
        collect(child, type, out);
      }
    }
  }

  @Test
  void titleHeadingKeepsTrailingHashes() {
    Node document = COMMONMARK.parse(MARKDOWN.render(SeedBriefing.briefing().withTitle("C# ##")));
    assertThat(((Text) ((Heading) document.getFirstChild()).getFirstChild()).getLiteral()).isEqualTo("C# ##");
    assertThat(document.getFirstChild()).isNotInstanceOf(TableBlock.class);
  }
}
