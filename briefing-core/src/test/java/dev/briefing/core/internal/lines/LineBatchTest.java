package dev.briefing.core.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines batched from a reader are the reader's, in order, with their numbers, however the batches fall. */
class LineBatchTest {

  /** Lines a batch holds at most, bytes that fill it, and the batches' sizes the input makes. */
  @ParameterizedTest
  @CsvSource({"16, 65536, 5", "2, 65536, 2|2|1", "16, 10, 2|2|1", "16, 1, 1|1|1|1|1", "3, 9, 2|2|1"})
  void aBatchIsFullAtItsLinesOrItsBytesWhicheverComesFirst(int maxLines, int bytes, String sizes) {
    String text = "{\"a\":1}\n\n{\"é\":2}\n{\"c\":3}\n{\"d\":4}\n{\"\uD83D\uDE00\":5}";
    ByteLineReader lines = new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000);
    List<String> read = new ArrayList<>();
    List<String> batchSizes = new ArrayList<>();
    LineBatch batch = new LineBatch(maxLines, bytes);
    while (lines.next()) {
      lines.copyTo(batch);
      if (batch.isFull()) {
        drain(batch, read, batchSizes);
        batch = new LineBatch(maxLines, bytes);
      }
    }
    if (!batch.isEmpty()) {
      drain(batch, read, batchSizes);
    }

    assertThat(String.join("|", batchSizes)).isEqualTo(sizes);
    assertThat(read).containsExactly("1:{\"a\":1}", "3:{\"é\":2}", "4:{\"c\":3}", "5:{\"d\":4}", "6:{\"\uD83D\uDE00\":5}");
  }

  @Test
  void aLineThatIsNotUtf8IsRefusedAtItsOwnNumber() {
    byte[] good = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', (byte) 0xC3, (byte) 0x28, '}'};
    LineBatch batch = new LineBatch(4, 1 << 16);
    batch.add(good, good.length, 1);
    batch.add(bad, bad.length, 9);

    assertThat(batch.text(0)).isEqualTo("{}");
    assertThatThrownBy(() -> batch.text(1))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("line 9")
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void aLineLongerThanTheBatchFillsItAlone() {
    byte[] line = "x".repeat(100).getBytes(StandardCharsets.UTF_8);
    LineBatch batch = new LineBatch(4, 10);
    batch.add(line, line.length, 1);

    assertThat(batch.isFull()).isTrue();
    assertThat(batch.text(0)).hasSize(100);
    assertThatThrownBy(() -> batch.add(line, 1, 2)).isInstanceOf(IllegalStateException.class);
  }

  private static void drain(LineBatch batch, List<String> read, List<String> sizes) {
    sizes.add(String.valueOf(batch.size()));
    for (int i = 0; i < batch.size(); i++) {
      read.add(batch.lineNumber(i) + ":" + batch.text(i));
    }
  }
}
