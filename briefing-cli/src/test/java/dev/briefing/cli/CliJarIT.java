package dev.briefing.cli;

import static dev.briefing.cli.testing.JarProcess.jar;
import static dev.briefing.cli.testing.JarProcess.jarWithTestFormats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.JarProcess;
import dev.briefing.cli.testing.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as its own process: exit statuses, standard output and standard error as
 * a shell sees them. Uses this module's test formats, so it needs no real format module.
 */
class CliJarIT {

  @TempDir
  Path dir;

  @Test
  void theJarRunsOnItsOwnAndReportsTheBuildVersion() throws Exception {
    Outcome outcome = jar().run(dir, "--version");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).startsWith("briefing " + JarProcess.version() + "\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void theJarCarriesTheExampleAndADeterministicManifest() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("briefing.cli.jar"))) {
      Manifest manifest = jar.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("dev.briefing.cli.Main");
      assertThat(manifest.getMainAttributes().getValue("Implementation-Version")).isEqualTo(JarProcess.version());
      assertThat(jar.getEntry("dev/briefing/cli/example.txt")).isNotNull();
      assertThat(jar.getEntry("module-info.class")).isNull();
      // Reproducible: entries carry the project's fixed output timestamp or their dependency's,
      // never the time of the build.
      Instant fixed = Instant.parse(System.getProperty("briefing.cli.outputTimestamp"));
      assertThat(jar.stream().map(e -> e.getLastModifiedTime().toInstant()))
          .allSatisfy(time -> assertThat(time).isBeforeOrEqualTo(fixed));
    }
  }

  @Test
  void convertsStandardInputToStandardOutputAsUtf8WhateverThePlatformEncoding() throws Exception {
    Path in = Files.writeString(dir.resolve("in.tab"), "Anthropic’s 日本語\t2,300–5,000\n", StandardCharsets.UTF_8);

    Outcome outcome = jarWithTestFormats().jvm("-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1")
        .stdinFrom(in).run(dir, "convert", "--from", "test-tab", "--to", "test-tabs");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEqualTo("Anthropic’s 日本語\t2,300–5,000\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void convertsFilesIntoAFile() throws Exception {
    Files.writeString(dir.resolve("a.tab"), "a\tA\n");
    Files.writeString(dir.resolve("b.tabs"), "b\tB\nc\tC\n");

    Outcome outcome = jarWithTestFormats().run(dir, "convert", "a.tab", "b.tabs", "-o", "all.shout");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).as("no progress display when stderr is not a terminal").isEmpty();
    assertThat(Files.readString(dir.resolve("all.shout"))).isEqualTo("A\nB\nC\n");
  }

  @Test
  void badInputExitsOneWithOneLineAndNoStackTrace() throws Exception {
    Files.writeString(dir.resolve("bad.tabs"), "a\tA\nno tab here\n");

    Outcome outcome = jarWithTestFormats().run(dir, "convert", "bad.tabs", "--to", "test-shout");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("briefing: bad.tabs:2:12: briefing 2: expected a tab\n");
  }

  @Test
  void verboseShowsTheStackTrace() throws Exception {
    Files.writeString(dir.resolve("bad.tabs"), "no tab here\n");

    Outcome outcome = jarWithTestFormats().run(dir, "--verbose", "convert", "bad.tabs", "--to", "test-shout");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("briefing: bad.tabs:1:12: briefing 1: expected a tab\n").contains("\tat dev.briefing.");
  }

  @Test
  void aUsageErrorExitsTwo() throws Exception {
    Outcome outcome = jarWithTestFormats().run(dir, "convert", "--to", "xml", "in.tab");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("briefing convert: Unknown format 'xml' given to --to").hasLineCount(1);
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void validateExitsOneWithOneLinePerProblemOnStandardOutput() throws Exception {
    Files.writeString(dir.resolve("ok.tab"), "A.\tB.\n");
    Files.writeString(dir.resolve("bad.tab"), "no tab\n");
    Files.writeString(dir.resolve("blank.tabs"), "A.\tB.\n \tD.\n");

    Outcome outcome = jarWithTestFormats().run(dir, "validate", "ok.tab", "bad.tab", "blank.tabs");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(
        "bad.tab:1:7: expected a tab\n"
        + "blank.tabs: briefing 2: $.signal: must not be blank\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void validateExitsZeroForValidInput() throws Exception {
    Files.writeString(dir.resolve("ok.tab"), "A.\tB.\n");

    Outcome outcome = jarWithTestFormats().run(dir, "validate", "ok.tab");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void formatsListsWhatIsOnTheClassPath() throws Exception {
    Outcome outcome = jarWithTestFormats().run(dir, "formats");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out()).contains("test-tab", "text/x-test-tab", "test-shout");
  }
}
