package dev.briefing.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir
  Path dir;

  @Test
  void aGlobInTheLastSegmentPicksTheMatchingFilesInOrder() throws IOException {
    for (String name : new String[] {"b.ndjson", "a.ndjson", "c.jsonl", "notes.txt"}) {
      Files.writeString(dir.resolve(name), "");
    }
    Files.createDirectory(dir.resolve("sub.ndjson"));

    assertThat(Arrays.stream(InputFiles.resolve(dir + "/*.{ndjson,jsonl}")).map(p -> p.getName()))
        .containsExactly("a.ndjson", "b.ndjson", "c.jsonl");
  }

  @Test
  void aPathWithoutAGlobIsReadAsItIs() throws IOException {
    assertThat(InputFiles.resolve(dir.toString())).extracting(Object::toString).containsExactly(dir.toString());
  }

  @Test
  void aGlobThatMatchesNothingSaysSo() {
    assertThatThrownBy(() -> InputFiles.resolve(dir + "/*.ndjson"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matches '*.ndjson'");
  }
}
