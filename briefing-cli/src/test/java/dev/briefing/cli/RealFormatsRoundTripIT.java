package dev.briefing.cli;

import static dev.briefing.cli.testing.JarProcess.jar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed, as it arrived, through text, JSON, Markdown and back to text with the real formats,
 * one process per step, formats told by file extension and by content. Needs briefing-json and
 * briefing-render.
 */
class RealFormatsRoundTripIT {

  @TempDir
  Path dir;

  @Test
  void textToJsonToMarkdownToTextGivesBackTheRepairedSeed() throws Exception {
    Files.writeString(dir.resolve("seed.txt"), SeedBriefing.rawText(), StandardCharsets.UTF_8);

    assertSucceeded(jar().run(dir, "convert", "seed.txt", "-o", "seed.json"));
    assertSucceeded(jar().run(dir, "convert", "seed.json", "-o", "seed.md"));
    Outcome text = jar().run(dir, "convert", "seed.md", "--to", "text");

    assertSucceeded(text);
    assertThat(text.out()).isEqualTo(SeedBriefing.repairedText());
    assertThat(FormatRegistry.loadDefault().parser("json").parse(Files.readString(dir.resolve("seed.json"))))
        .isEqualTo(SeedBriefing.briefing());
  }

  @Test
  void standardInputFormatsAreToldFromTheContent() throws Exception {
    Files.writeString(dir.resolve("seed.txt"), SeedBriefing.rawText(), StandardCharsets.UTF_8);
    assertSucceeded(jar().run(dir, "convert", "seed.txt", "-o", "seed.md"));
    assertSucceeded(jar().run(dir, "convert", "seed.txt", "-o", "seed.json"));

    Outcome fromMarkdown = jar().stdinFrom(dir.resolve("seed.md")).run(dir, "convert", "--to", "json");
    Outcome fromJson = jar().stdinFrom(dir.resolve("seed.json")).run(dir, "convert", "--to", "text");
    Outcome fromText = jar().stdinFrom(dir.resolve("seed.txt")).run(dir, "convert", "--to", "json");

    assertSucceeded(fromMarkdown);
    assertSucceeded(fromJson);
    assertSucceeded(fromText);
    assertThat(fromMarkdown.out()).isEqualTo(Files.readString(dir.resolve("seed.json")));
    assertThat(fromJson.out()).isEqualTo(SeedBriefing.repairedText());
    assertThat(fromText.out()).isEqualTo(Files.readString(dir.resolve("seed.json")));
  }

  @Test
  void validateAcceptsTheSeedInEveryReadableFormat() throws Exception {
    Files.writeString(dir.resolve("seed.txt"), SeedBriefing.rawText(), StandardCharsets.UTF_8);
    assertSucceeded(jar().run(dir, "convert", "seed.txt", "-o", "seed.json"));
    assertSucceeded(jar().run(dir, "convert", "seed.txt", "-o", "seed.md"));
    assertSucceeded(jar().run(dir, "convert", "seed.txt", "-o", "seed.ndjson"));

    Outcome outcome = jar().run(dir, "validate", "seed.txt", "seed.json", "seed.md", "seed.ndjson");

    assertSucceeded(outcome);
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void validateReportsABrokenJsonFieldByItsPath() throws Exception {
    // The json renderer refuses to write an invalid briefing, so the blank signal is put in by hand.
    Files.writeString(dir.resolve("blank.json"),
        FormatRegistry.loadDefault().renderer("json").render(SeedBriefing.briefing())
            .replaceFirst("\"signal\": \"[^\"]*\"", "\"signal\": \" \""));

    Outcome outcome = jar().run(dir, "validate", "blank.json");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.out()).startsWith("blank.json: $.signal: ").hasLineCount(1);
  }

  @Test
  void malformedJsonIsOneLineWithLineAndColumn() throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\n  \"signal\": 42,\n");

    Outcome outcome = jar().run(dir, "convert", "bad.json", "--to", "text");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.err()).matches("briefing: bad\\.json:\\d+:\\d+: .+\n").doesNotContain("\tat ");
    assertThat(outcome.out()).isEmpty();
  }

  private static void assertSucceeded(Outcome outcome) {
    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).as(outcome.toString()).isEmpty();
  }
}
