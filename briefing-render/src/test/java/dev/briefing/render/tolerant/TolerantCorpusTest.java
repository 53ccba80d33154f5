package dev.briefing.render.tolerant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.json.BriefingJson;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.html.HtmlParser;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.text.TextParser;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tolerant-reading corpus: every {@code NAME.txt}, {@code NAME.md} or {@code NAME.html} in
 * {@code corpus/}, read tolerantly as text, Markdown or HTML, is the briefing in
 * {@code NAME.json}, and the lines in {@code NAME.dropped} (numbers or ranges such as
 * {@code 3-5}, one a line) are exactly the lines dropped, each with a warning at that line.
 * A case is added by adding its files.
 */
class TolerantCorpusTest {

  private static final ParseOptions TOLERANT = ParseOptions.builder().tolerant(true).build();
  private static final BriefingJson JSON = BriefingJson.create();

  static Path corpus() throws URISyntaxException {
    return Path.of(TolerantCorpusTest.class.getResource("corpus").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".txt") || name.endsWith(".md") && !isDocumentation(name) || name.endsWith(".html"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static boolean isDocumentation(String name) {
    return name.equals("README.md") || name.equals("SYNONYMS.md");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsAsItsExpectedBriefingDroppingExactlyTheListedLines(String input) throws Exception {
    Path dir = corpus();
    String name = input.substring(0, input.lastIndexOf('.'));
    Briefing expected;
    try (Reader json = Files.newBufferedReader(dir.resolve(name + ".json"), StandardCharsets.UTF_8)) {
      expected = JSON.read(json);
    }
    ParseResult result;
    try (Reader in = Files.newBufferedReader(dir.resolve(input), StandardCharsets.UTF_8)) {
      result = parserFor(input).read(in);
    }
    String report = "notes:\n" + result.notes().stream().map(Object::toString).collect(Collectors.joining("\n"))
        + "\nwarnings:\n" + result.warnings().stream().map(Object::toString).collect(Collectors.joining("\n"));

    assertThat(result.briefing()).as(report).isEqualTo(expected);
    assertThat(droppedLines(result)).as(report).isEqualTo(expectedDrops(dir.resolve(name + ".dropped")));
  }

  @Test
  void theReadmeListsEveryCase() throws Exception {
    String readme = Files.readString(corpus().resolve("README.md"), StandardCharsets.UTF_8);
    try (Stream<String> all = cases()) {
      assertThat(all).allSatisfy(input -> assertThat(readme).contains(input.substring(0, input.lastIndexOf('.'))));
    }
  }

  static BriefingParser parserFor(String input) {
    if (input.endsWith(".txt")) {
      return TextParser.of(TOLERANT);
    }
    return input.endsWith(".md") ? MarkdownParser.of(TOLERANT) : HtmlParser.of(TOLERANT);
  }

  /** The lines with a warning that something was dropped. */
  private static Set<Integer> droppedLines(ParseResult result) {
    Set<Integer> lines = new TreeSet<>();
    for (ParseWarning warning : result.warnings()) {
      if (warning.message().contains(" dropped")) {
        lines.add(warning.location().line().orElseThrow());
      }
    }
    return lines;
  }

  private static Set<Integer> expectedDrops(Path file) throws IOException {
    Set<Integer> lines = new TreeSet<>();
    if (!Files.exists(file)) {
      return lines;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      int dash = entry.indexOf('-');
      int from = Integer.parseInt((dash < 0 ? entry : entry.substring(0, dash)).strip());
      int to = dash < 0 ? from : Integer.parseInt(entry.substring(dash + 1).strip());
      for (int i = from; i <= to; i++) {
        lines.add(i);
      }
    }
    return lines;
  }
}
