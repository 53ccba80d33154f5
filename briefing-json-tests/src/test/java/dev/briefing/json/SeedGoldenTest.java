package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedGoldenTest {

  private static final String PRETTY = "/golden/signal-karpathy-anthropic.json";
  private static final String COMPACT = "/golden/signal-karpathy-anthropic.compact.json";

  @Test
  void prettySeedMatchesTheGoldenFileByteForByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BriefingJson.create().pretty().write(SeedBriefing.briefing(), out);

    assertThat(out.toByteArray()).isEqualTo(TestResources.text(PRETTY).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void compactSeedMatchesTheCompactGoldenFileByteForByte() {
    assertThat(BriefingJson.create().write(SeedBriefing.briefing())).isEqualTo(TestResources.text(COMPACT));
  }

  @Test
  void goldenFileReadsBackAsTheSeed() {
    Briefing read = BriefingJson.create().read(TestResources.text(PRETTY));

    assertThat(read).isEqualTo(SeedBriefing.briefing());
  }

  @Test
  void formatDocumentationShowsTheGoldenFileAsItsExample() throws java.io.IOException {
    java.nio.file.Path docs = java.nio.file.Path.of(System.getProperty("user.dir"))
        .resolve("../docs/json-format.md").normalize();

    assertThat(java.nio.file.Files.readString(docs)).contains("```json\n" + TestResources.text(PRETTY) + "```\n");
  }

  @Test
  void compactAndPrettyGoldenFilesHoldTheSameBriefing() {
    BriefingJson json = BriefingJson.create();

    assertThat(json.read(TestResources.text(COMPACT))).isEqualTo(json.read(TestResources.text(PRETTY)));
  }
}
