package dev.briefing.cli;

import static dev.briefing.cli.testing.JarProcess.jar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.testing.SeedBriefing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example through the real formats of briefing-json and briefing-render, as the
 * README's first command runs it. Needs those modules' formats.
 */
class RealFormatsExampleIT {

  @TempDir
  Path dir;

  @Test
  void exampleToHtmlPrintsTheRepairedSeedAsHtml() throws Exception {
    Outcome outcome = jar().run(dir, "example", "--to", "html");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out()).containsIgnoringCase("<h")
        .contains("Anthropic’s pre-training team", "2,300–5,000", "Architectural Shift")
        .doesNotContain("\u0E42");
  }

  @Test
  void exampleDefaultsToTheRepairedSeedText() throws Exception {
    Outcome outcome = jar().run(dir, "example");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).isEqualTo(SeedBriefing.repairedText());
  }

  @Test
  void verboseExampleListsTheRepairsOnStandardError() throws Exception {
    Outcome outcome = jar().run(dir, "--verbose", "example", "--to", "json");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err()).contains("repaired 'โ' to '’'", "repaired 'โ' to '–'");
  }

  @Test
  void formatsListsTheBuiltInFormatsWithTheirMediaTypes() throws Exception {
    Outcome outcome = jar().run(dir, "formats");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.out().lines().skip(1).map(line -> String.join("|", line.trim().split("\\s{2,}"))))
        .containsExactly(
            "atom|application/atom+xml|no|yes|.atom",
            "html|text/html|yes|yes|.html",
            "json|application/json|yes|yes|.json",
            "jsonfeed|application/feed+json|no|yes|.feed.json",
            "jsonld|application/ld+json|no|yes|.jsonld",
            "markdown|text/markdown|yes|yes|.md",
            "ndjson|application/x-ndjson|yes|yes|.ndjson .jsonl",
            "rss|application/rss+xml|no|yes|.rss",
            "text|text/plain|yes|yes|.txt");
  }
}
