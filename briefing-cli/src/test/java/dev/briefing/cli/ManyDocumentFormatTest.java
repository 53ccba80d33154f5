package dev.briefing.cli;

import static dev.briefing.cli.testing.InProcess.run;
import static dev.briefing.cli.testing.InProcess.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Outcome;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A many-document format registered by a third party ({@code test-jsonl}: JSON Lines under
 * another name, media type and extension) is validated and converted document by document,
 * exactly as {@code ndjson} is: the command knows neither by name.
 */
class ManyDocumentFormatTest {

  private static final BriefingRenderer NDJSON = FormatRegistry.loadDefault().renderer("ndjson");

  @TempDir
  Path dir;

  private static String lines(String... signals) {
    return Stream.of(signals)
        .map(signal -> NDJSON.render(Briefing.builder().signal(signal).whatHappened("It happened.").build()))
        .collect(Collectors.joining());
  }

  @Test
  void aValidBatchPassesAsNdjsonDoes() throws IOException {
    // Read as a single document, three lines would be "expected one briefing".
    String batch = lines("One.", "Two.", "Three.");
    Path ndjson = Files.writeString(dir.resolve("batch.ndjson"), batch);
    Path clone = Files.writeString(dir.resolve("batch.jsonlines"), batch);

    Outcome asNdjson = run("validate", ndjson.toString());
    Outcome asClone = run("validate", clone.toString());

    assertThat(asNdjson.status()).as(asNdjson.toString()).isZero();
    assertThat(asClone.status()).as(asClone.toString()).isZero();
    assertThat(asClone.out()).isEqualTo(asNdjson.out()).isEmpty();
  }

  @Test
  void aBadLineIsReportedAtItsLineAsNdjsonReportsIt() throws IOException {
    String batch = lines("One.") + "\n{\"signal\": 3}\n" + lines("Four.");
    Path ndjson = Files.writeString(dir.resolve("bad.ndjson"), batch);
    Path clone = Files.writeString(dir.resolve("bad.jsonlines"), batch);

    Outcome asNdjson = run("validate", ndjson.toString());
    Outcome asClone = run("validate", clone.toString());

    assertThat(asNdjson.status()).isEqualTo(1);
    assertThat(asNdjson.out()).startsWith(ndjson + ":3:").hasLineCount(1);
    assertThat(asClone.status()).isEqualTo(1);
    assertThat(asClone.out()).isEqualTo(asNdjson.out().replace(ndjson.toString(), clone.toString()));
  }

  @Test
  void convertsDocumentByDocumentAsNdjsonDoes() throws IOException {
    String batch = lines("One.", "Two.", "Three.");
    Path ndjson = Files.writeString(dir.resolve("batch.ndjson"), batch);
    Path clone = Files.writeString(dir.resolve("batch.jsonlines"), batch);

    Outcome asNdjson = run("convert", ndjson.toString(), "--to", "test-tabs");
    Outcome asClone = run("convert", clone.toString(), "--to", "test-tabs");

    assertThat(asClone.status()).as(asClone.toString()).isZero();
    assertThat(asClone.out())
        .isEqualTo(asNdjson.out())
        .isEqualTo("One.\tIt happened.\nTwo.\tIt happened.\nThree.\tIt happened.\n");
  }

  @Test
  void aBatchWrittenToItReadsBackAsTheSameBatch() throws IOException {
    Path tabs = Files.writeString(dir.resolve("batch.tabs"), "One.\tIt happened.\nTwo.\tIt happened.\n");
    Path clone = dir.resolve("out.jsonlines");

    Outcome written = run("convert", tabs.toString(), "-o", clone.toString());
    Outcome back = run("convert", clone.toString(), "--to", "test-tabs");

    assertThat(written.status()).as(written.toString()).isZero();
    assertThat(Files.readString(clone)).isEqualTo(lines("One.", "Two."));
    assertThat(back.out()).isEqualTo(Files.readString(tabs));
  }

  @Test
  void standardInputNamedByFromIsReadDocumentByDocument() {
    Outcome outcome = withInput(lines("One.", "Two.") + "{\"signal\": 3}\n", "validate", "--from", "test-jsonl", "-");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out()).startsWith("<stdin>:3:").hasLineCount(1);
  }
}
