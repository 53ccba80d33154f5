package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.PluginJar;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party formats of {@code com.example.*}, packed into a plugin jar and found through
 * {@link java.util.ServiceLoader} from that jar alone, as an application finds a plugin.
 */
class PluginFormatsTest {

  @TempDir
  static Path dir;

  private static Path jar;
  private static URLClassLoader plugin;
  private static FormatRegistry formats;

  @BeforeAll
  static void loadThePlugin() throws IOException {
    jar = PluginJar.write(dir.resolve("figures-plugin.jar"));
    plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, PluginFormatsTest.class.getClassLoader());
    formats = FormatRegistry.load(plugin);
  }

  @AfterAll
  static void closeThePlugin() throws IOException {
    plugin.close();
  }

  @Test
  void serviceLoaderFindsThePluginsFormatsInItsJarAndNowhereElse() {
    assertThat(formats.names()).contains("figures-csv", "figure-cards", "html", "json");
    assertThat(FormatRegistry.loadDefault().names()).doesNotContain("figures-csv", "figure-cards");
    assertThat(formats.forFileName("out/week.figures.csv").name()).isEqualTo("figures-csv");
    assertThat(formats.forFileName("out/week.cards.html").name()).isEqualTo("figure-cards");
    assertThat(formats.forFileName("out/week.html").name()).isEqualTo("html");
  }

  @Test
  void aBatchIsOneCsvTableWithItsHeaderOnceAndEveryFigureInOrder() throws IOException {
    List<Briefing> batch = BriefingGenerator.validBriefings(40, 11).toList();
    StringBuilder ndjson = new StringBuilder();
    formats.renderer("ndjson").renderAll(batch.stream(), ndjson);
    StringBuilder out = new StringBuilder();

    long written = Converter.using(formats).convert(new StringReader(ndjson.toString()), "ndjson", out, "figures-csv")
        .written();

    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    List<String> expected = new ArrayList<>();
    for (Briefing briefing : batch) {
      for (Figure figure : briefing.figures()) {
        expected.add(figure.value() + " | " + figure.label());
      }
    }
    assertThat(written).isEqualTo(batch.size());
    assertThat(records.get(0).values()).containsExactly("briefing", "Value", "Measure", "Source", "As of", "quantity");
    assertThat(records.subList(1, records.size())).extracting(r -> r.get(1) + " | " + r.get(2))
        .containsExactlyElementsOf(expected);
    assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(6));
  }

  @Test
  void anEmptyBatchIsTheHeaderAlone() {
    StringBuilder out = new StringBuilder();

    Converter.using(formats).convert(new StringReader(""), "ndjson", out, "figures-csv");

    assertThat(out).hasToString("briefing,Value,Measure,Source,As of,quantity\r\n");
  }

  @Test
  void theCsvIsToldFromItsHeaderAndOnlyFromIt() {
    StringBuilder csv = new StringBuilder();
    formats.renderer("figures-csv").renderAll(Stream.of(SeedBriefing.briefing()), csv);
    assertThat(formats.sniff(csv).map(f -> f.name())).contains("figures-csv");
    assertThat(formats.sniff("value,label\r\n1,2\r\n").map(f -> f.name())).contains("text");
  }

  @Test
  void theCardsReplaceTheNumbersAndLeaveEveryOtherSectionAsTheBuiltInHtmlWritesIt() {
    Briefing seed = SeedBriefing.briefing();
    String cards = formats.renderer("figure-cards").render(seed);
    String html = HtmlRenderer.standard().render(seed);

    assertThat(cards).contains("<div class=\"cards\">", "<p class=\"value\">$72.3B</p>")
        .doesNotContain("<dl class=\"figures\">");
    assertThat(withoutTheNumbers(cards)).isEqualTo(withoutTheNumbers(html));
  }

  @Test
  void theCsvFormatDependsOnTheKitsPublicApiAndCoresSpiAlone() {
    Set<String> used = briefingPackagesUsedBy("com.example.figures");
    assertThat(used).containsExactlyInAnyOrder("dev.briefing.core", "dev.briefing.core.format", "dev.briefing.kit");
    assertThat(briefingPackagesUsedBy("com.example.cards"))
        .containsExactlyInAnyOrder("dev.briefing.core", "dev.briefing.core.format", "dev.briefing.kit",
            "dev.briefing.render.html");
  }

  private static String withoutTheNumbers(String page) {
    return page.replaceAll("(?s)<section class=\"the-numbers\">.*?</section>\n", "");
  }

  /** The JDK's own dependency analyser (jdeps) reads the plugin's class files. */
  private static Set<String> briefingPackagesUsedBy(String pluginPackage) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
        jar.toString());
    assertThat(status).as(out.toString()).isZero();
    Matcher line = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(dev\\.briefing\\.\\S+)", Pattern.MULTILINE)
        .matcher(out.toString());
    Set<String> used = new TreeSet<>();
    while (line.find()) {
      if (line.group(1).equals(pluginPackage)) {
        used.add(line.group(2));
      }
    }
    return used;
  }
}
