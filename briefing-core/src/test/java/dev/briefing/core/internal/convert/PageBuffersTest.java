package dev.briefing.core.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageBuffersTest {

  @ParameterizedTest(name = "{0} chars")
  @ValueSource(ints = {0, 1, 8191, 8192, 8193, 20_000})
  void writerGetsEveryCharacterOfThePageAcrossThePiecesEdges(int length) throws IOException {
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < length; i++) {
      page.append(i % 97 == 0 ? 'é' : (char) ('a' + i % 26));
    }
    StringWriter out = new StringWriter();

    new PageBuffers(2).write(page, out);

    assertThat(out.toString()).isEqualTo(page.toString());
  }

  @Test
  void bufferGivenBackIsTakenAgainEmpty() {
    PageBuffers buffers = new PageBuffers(1);
    StringBuilder first = buffers.take(16).append("page");

    buffers.giveBack(first);

    assertThat(buffers.take(16)).isSameAs(first).isEmpty();
    assertThat(buffers.take(16)).isNotSameAs(first);
  }

  @Test
  void bufferOverAMegabyteIsNotKept() {
    PageBuffers buffers = new PageBuffers(1);
    StringBuilder large = buffers.take((1 << 20) + 1);

    buffers.giveBack(large);

    assertThat(buffers.take(16)).isNotSameAs(large);
  }

  @Test
  void noMoreIdleBuffersAreKeptThanTheCapacity() {
    PageBuffers buffers = new PageBuffers(1);
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();

    buffers.giveBack(a);
    buffers.giveBack(b);

    assertThat(buffers.take(16)).isSameAs(a);
    assertThat(buffers.take(16)).isNotSameAs(b);
  }

  @Test
  void otherTargetsGetThePageAppended() throws IOException {
    StringBuilder out = new StringBuilder("before ");

    new PageBuffers(1).write(new StringBuilder("page"), out);

    assertThat(out).hasToString("before page");
  }
}
