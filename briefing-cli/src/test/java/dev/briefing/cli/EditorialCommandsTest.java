package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.Likelihood;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing diff} and {@code briefing lint} on real files of the built-in formats. */
class EditorialCommandsTest {

  @TempDir
  Path dir;

  private Path json(String name, dev.briefing.core.Briefing briefing) throws IOException {
    return Files.writeString(dir.resolve(name), FormatRegistry.loadDefault().renderer("json").render(briefing));
  }

  @Test
  void diffOfEqualEditionsExitsZero() throws IOException {
    Path a = json("a.json", SeedBriefing.editorialBriefing());
    Path text = Files.writeString(dir.resolve("b.txt"), FormatRegistry.loadDefault().renderer("text").render(SeedBriefing.briefing()));

    Outcome same = run("diff", json("plain.json", SeedBriefing.briefing()).toString(), text.toString());

    assertThat(same.status()).as(same.toString()).isZero();
    assertThat(same.out()).isEqualTo("No changes\n");
    assertThat(run("diff", a.toString(), a.toString()).status()).isZero();
  }

  @Test
  void diffOfARaisedLikelihoodExitsOneAndWritesTheAskedFormat() throws IOException {
    Path a = json("a.json", SeedBriefing.editorialBriefing());
    Path b = json("b.json", SeedBriefing.editorialBriefing().withSignalLikelihood(Likelihood.VERY_LIKELY));

    Outcome outcome = run("diff", a.toString(), b.toString(), "--to", "json");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo("{\"equal\":false,\"changes\":[{\"kind\":\"changed\",\"path\":\"$.signalLikelihood\","
        + "\"subject\":\"The Signal likelihood\",\"before\":\"likely\",\"after\":\"very likely\",\"note\":\"raised\"}]}\n");
  }

  @Test
  void diffWithAnUnknownFormatIsAUsageError() throws IOException {
    Path a = json("a.json", SeedBriefing.briefing());

    assertThat(run("diff", a.toString(), a.toString(), "--to", "pdf").status()).isEqualTo(2);
  }

  @Test
  void lintOfTheSeedTextGivesWarningsWithLineAndColumnAndExitsZero() throws IOException {
    Path text = Files.writeString(dir.resolve("seed.txt"), FormatRegistry.loadDefault().renderer("text").render(SeedBriefing.briefing()));

    Outcome outcome = run("lint", text.toString());

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.out()).contains(text + ":").contains(": $.figures[0].source: warning vague-source: ")
        .matches("(?s).*" + java.util.regex.Pattern.quote(text.toString()) + ":\\d+:\\d+: \\$\\.figures\\[0]\\.source: .*");
  }

  @Test
  void lintWithAnErrorLevelFindingExitsOneAndWritesJson() throws IOException {
    Path a = json("a.json", SeedBriefing.briefing().withImpacts(SeedBriefing.briefing().impacts().get(0),
        SeedBriefing.briefing().impacts().get(0)));

    Outcome outcome = run("lint", "--format", "json", a.toString());

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.out()).startsWith("[{\"file\":\"" + a + "\",\"rule\":")
        .contains("{\"file\":\"" + a + "\",\"rule\":\"duplicate-impact\",\"severity\":\"error\",\"path\":\"$.impacts[1]\"");
  }
}
