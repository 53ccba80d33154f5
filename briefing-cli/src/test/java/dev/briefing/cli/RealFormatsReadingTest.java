package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in formats read as the command's options ask: leniently, with every repair and
 * warning shown, every briefing of NDJSON checked, JSON written unchecked only when asked.
 */
class RealFormatsReadingTest {

  private static final String TOLERABLE = "Title\nStray line\nThe Signal\nThesis.\nWhat Happened\nNarrative.\n"
      + "Why It Matters\nNo prefix.\nFirst-order: Kept.\nThe Numbers\n- $5: Kept (2026).\nnot a figure\n"
      + "Details\nPublished: tomorrow\nTag: kept\n";

  @TempDir
  Path dir;

  @Test
  void lenientReadsWhatTheStrictParserRefusesAndWarnsAtEachLine() throws IOException {
    Path in = Files.writeString(dir.resolve("draft.txt"), TOLERABLE);

    Outcome strict = run("convert", in.toString(), "--to", "json");
    Outcome lenient = run("convert", "--lenient", in.toString(), "--to", "json");
    Outcome checked = run("validate", "--lenient", in.toString());

    assertThat(strict.status()).isEqualTo(1);
    assertThat(lenient.status()).as(lenient.toString()).isZero();
    assertThat(lenient.out()).contains("\"signal\": \"Thesis.\"");
    // Tolerant reading joins a line under a figure to its label (a hard-wrapped bullet), so
    // "not a figure" is kept there rather than dropped with a warning.
    assertThat(lenient.out()).contains("\"label\": \"Kept (2026). not a figure\"");
    assertThat(lenient.err().lines()).hasSize(4).allSatisfy(line -> assertThat(line).matches(
        Pattern.quote(in.toString()) + ":\\d+:\\d+: warning: .+"));
    assertThat(lenient.err().lines().map(line -> line.substring(in.toString().length()).split(":")[1]))
        .containsExactly("1", "2", "8", "14");
    assertThat(checked.status()).isZero();
    assertThat(checked.err()).isEqualTo(lenient.err());
  }

  @Test
  void quietLeavesTheWarningsOut() throws IOException {
    Path in = Files.writeString(dir.resolve("draft.txt"), TOLERABLE);

    Outcome outcome = run("convert", "--lenient", "--quiet", in.toString(), "--to", "json");

    assertThat(outcome.status()).isZero();
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void theRepairsOfDamagedTextAreShownAsWarningsWithTheirPlace() throws IOException {
    Path seed = Files.writeString(dir.resolve("seed.txt"), SeedBriefing.rawText());

    Outcome outcome = run("convert", seed.toString(), "--to", "json");

    assertThat(outcome.status()).as(outcome.toString()).isZero();
    assertThat(outcome.err().lines()).isNotEmpty().allSatisfy(line -> assertThat(line)
        .matches(Pattern.quote(seed.toString()) + ":\\d+:\\d+: warning: repaired '.+' to '.+'"));
  }

  @Test
  void validateChecksEveryBriefingOfNdjsonAndNamesEachByNumber() throws IOException {
    BriefingJson json = BriefingJson.create().compact().withoutValidation(); // fixtures hold invalid briefings on purpose
    Briefing valid = SeedBriefing.briefing();
    Briefing blank = valid.withSignal(" ");
    Path batch = Files.writeString(dir.resolve("batch.ndjson"),
        json.write(valid) + "\n" + json.write(blank) + "\n" + json.write(valid) + "\n" + json.write(blank) + "\n");
    Path missing = dir.resolve("missing.ndjson");

    Outcome outcome = run("validate", batch.toString(), missing.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(batch + ": briefing 2: $.signal: must not be blank\n"
        + batch + ": briefing 4: $.signal: must not be blank\n"
        + "Could not read " + missing + ": no such file\n");
  }

  @Test
  void anInvalidJsonBriefingIsRefusedUnlessNoValidateIsGiven() throws IOException {
    Path in = Files.writeString(dir.resolve("in.json"), BriefingJson.create().withoutValidation().write(SeedBriefing.briefing().withSignal(" ")));
    Path out = dir.resolve("out.ndjson");

    Outcome refused = run("convert", "--quiet", in.toString(), "-o", out.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).startsWith(in + ": $.signal: must not be blank\n");
    assertThat(out).doesNotExist();

    Outcome written = run("convert", "--quiet", "--no-validate", in.toString(), "-o", out.toString());
    assertThat(written.status()).as(written.toString()).isZero();
    assertThat(Files.readString(out)).contains("\"signal\":\" \"");
  }
}
