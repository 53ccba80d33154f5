package dev.briefing.benchmarks.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatingLinesTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 7, 100})
  void givesCountLinesCyclingThroughThePool(long count) throws Exception {
    RepeatingLines in = new RepeatingLines(List.of("{\"a\":1}", "{\"b\":\"ü\"}", "{}"), count);

    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);

    assertThat(text.lines().count()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      assertThat(text.lines().toList().get(i)).isEqualTo(List.of("{\"a\":1}", "{\"b\":\"ü\"}", "{}").get(i % 3));
    }
  }

  @Test
  void knowsItsSizeInBytesBeforeItIsRead() throws Exception {
    RepeatingLines in = new RepeatingLines(List.of("ab", "ü"), 5);

    long expected = in.totalBytes();

    assertThat(expected).isEqualTo(3 + 3 + 3 + 3 + 3);
    assertThat(in.readAllBytes()).hasSize((int) expected);
  }

  @Test
  void readsOneByteAtATimeToo() {
    RepeatingLines in = new RepeatingLines(List.of("x"), 2);

    assertThat(new int[] {in.read(), in.read(), in.read(), in.read(), in.read()})
        .containsExactly('x', '\n', 'x', '\n', -1);
  }

  @Test
  void refusesAnEmptyPool() {
    assertThatThrownBy(() -> new RepeatingLines(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
