package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWriter;
import dev.briefing.render.html.HtmlOutput;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownOutput;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.testing.Samples;
import dev.briefing.render.text.TextOutput;
import dev.briefing.render.text.TextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One section of each built-in renderer replaced through its builder, the rest of the output
 * exactly the golden file: the cases ({@code section-replacements.csv}, at the root, where a named module does not hide it) name the golden, the
 * section, where it stands in the golden and what the house writer puts in its place.
 */
class SectionReplacementTest {

  private static final SectionWriter<TextOutput> TEXT = (b, out) -> out.heading("Replaced").line("by a house writer");
  private static final SectionWriter<MarkdownOutput> MARKDOWN =
      (b, out) -> out.heading("Replaced").paragraphs("by a house writer");
  private static final SectionWriter<HtmlOutput> HTML = (b, out) -> out
      .markup("<section class=\"replaced\">\n<h2>").text("Replaced").markup("</h2>\n")
      .paragraphs("by a house writer").markup("</section>\n");

  @ParameterizedTest(name = "{0}: {2}")
  @CsvFileSource(resources = "/section-replacements.csv", nullValues = "")
  void replacingOneSectionChangesThatSectionAlone(String format, String golden, Section section, String start,
      String next, String replacement) {
    Briefing briefing = Samples.seedWithDetails();
    String expected = golden(golden);
    int from = expected.indexOf(start);
    int to = next == null ? expected.length() : expected.indexOf(next, from);
    assertThat(from).as("where %s starts in %s", section, golden).isGreaterThanOrEqualTo(0);
    assertThat(to).as("where the section after %s starts in %s", section, golden).isGreaterThan(from);
    expected = expected.substring(0, from) + replacement.replace("\\n", "\n") + expected.substring(to);

    assertThat(render(format, section, briefing)).isEqualTo(expected);
  }

  private static String render(String format, Section section, Briefing briefing) {
    return switch (format) {
      case "text" -> TextRenderer.builder().section(section, TEXT).build().render(briefing);
      case "markdown" -> MarkdownRenderer.builder().section(section, MARKDOWN).build().render(briefing);
      case "html" -> HtmlRenderer.builder().section(section, HTML).build().render(briefing);
      default -> throw new IllegalArgumentException("no renderer " + format + " in the cases");
    };
  }

  private static String golden(String name) {
    try (InputStream in = SectionReplacementTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
