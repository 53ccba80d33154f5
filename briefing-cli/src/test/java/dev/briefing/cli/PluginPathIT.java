package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Launcher;
import dev.briefing.cli.testing.Outcome;
import dev.briefing.cli.testing.PluginJar;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing} run as a user runs it, with a third-party plugin jar named in
 * {@code BRIEFING_PLUGIN_PATH}: the plugin's formats load through ServiceLoader without
 * rebuilding the command.
 */
class PluginPathIT {

  @TempDir
  Path dir;

  @Test
  void aPluginWhoseDependencyIsMissingIsReportedByName() throws Exception {
    Path jar = PluginJar.write(dir.resolve("figures-plugin.jar"));

    Outcome outcome = briefing(jar.toString(), "formats");

    assertThat(outcome.status()).as(outcome.toString()).isNotZero();
    assertThat(outcome.err()).contains("com.example.figures.FiguresCsvFormat", "org/apache/commons/csv/CSVFormat");
  }

  @Test
  void aPluginJarOnThePluginPathAddsItsFormatsToTheCommand() throws Exception {
    Path jar = PluginJar.write(dir.resolve("figures-plugin.jar"));

    List<String> path = new ArrayList<>(List.of(jar.toString()));
    PluginJar.dependencies().forEach(dependency -> path.add(dependency.toString()));

    Outcome outcome = briefing(String.join(File.pathSeparator, path), "formats");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).contains("figures-csv", "figure-cards", "html");
    assertThat(briefing(null, "formats").out()).doesNotContain("figures-csv");
  }

  @Test
  void aDirectoryOfJarsOnThePluginPathConvertsABatchIntoOneCsvWithOneHeader() throws Exception {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    PluginJar.write(plugins.resolve("figures-plugin.jar"));
    for (Path dependency : PluginJar.dependencies()) {
      Files.copy(dependency, plugins.resolve(dependency.getFileName()));
    }
    List<Briefing> batch = BriefingGenerator.validBriefings(12, 7).toList();
    StringBuilder ndjson = new StringBuilder();
    FormatRegistry.loadDefault().renderer("ndjson").renderAll(batch.stream(), ndjson);
    Files.writeString(dir.resolve("batch.ndjson"), ndjson, StandardCharsets.UTF_8);

    Outcome outcome = briefing(dir.resolve("missing") + File.pathSeparator + plugins, "convert", "batch.ndjson",
        "-o", "batch.figures.csv");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(2);
    assertThat(outcome.err()).contains("BRIEFING_PLUGIN_PATH names '" + dir.resolve("missing") + "'");

    outcome = briefing(plugins.toString(), "convert", "batch.ndjson", "-o", "batch.figures.csv");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(
        new StringReader(Files.readString(dir.resolve("batch.figures.csv")))).getRecords();
    long figures = batch.stream().mapToLong(b -> b.figures().size()).sum();
    assertThat(records).hasSize((int) figures + 1);
    assertThat(records.get(0).get(0)).isEqualTo("briefing");
    assertThat(records.subList(1, records.size())).noneMatch(r -> r.get(0).equals("briefing") && r.get(1).equals("Value"));
  }

  /** Runs {@code bin/briefing} with the built jar, and the plugin path unless null. */
  private Outcome briefing(String pluginPath, String... args) throws Exception {
    return Launcher.run(dir, pluginPath == null ? Map.of() : Map.of("BRIEFING_PLUGIN_PATH", pluginPath), args);
  }
}
