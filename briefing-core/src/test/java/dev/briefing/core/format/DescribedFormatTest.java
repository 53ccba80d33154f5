package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DescribedFormatTest {

  private static final FormatDescriptor HOUSE = FormatDescriptor.builder("house", "text/x-house").build();

  /** Counts what it makes, each a new renderer. */
  private static final class Renderers implements Supplier<BriefingRenderer> {
    final AtomicInteger made = new AtomicInteger();

    @Override
    public BriefingRenderer get() {
      made.incrementAndGet();
      return (briefing, out) -> out.append("house");
    }
  }

  @Test
  void aSuppliedRendererAndParserAreMadeOnFirstUseAndOnce() {
    Renderers renderers = new Renderers();
    AtomicInteger parsers = new AtomicInteger();
    BriefingParser parser = in -> {
      throw new UnsupportedOperationException();
    };
    DescribedFormat format = new DescribedFormat(HOUSE, renderers, () -> {
      parsers.incrementAndGet();
      return parser;
    }) {};

    assertThat(renderers.made).hasValue(0);
    assertThat(parsers).hasValue(0);
    BriefingRenderer first = format.renderer().orElseThrow();
    assertThat(format.renderer()).containsSame(first);
    assertThat(renderers.made).hasValue(1);
    assertThat(parsers).hasValue(0);
    assertThat(format.parser()).containsSame(parser);
    assertThat(format.parser()).containsSame(parser);
    assertThat(parsers).hasValue(1);
  }

  @Test
  void aFormatWrittenOnlyHasNoParserAndMakesNothingToSaySo() {
    Renderers renderers = new Renderers();
    DescribedFormat format = new DescribedFormat(HOUSE, renderers) {};

    assertThat(format.parser()).isEmpty();
    assertThat(renderers.made).hasValue(0);
    assertThat(format.renderer()).isPresent();
    assertThat(renderers.made).hasValue(1);
  }

  @Test
  void threadsAskingAtOnceGetOneRenderer() throws Exception {
    Renderers renderers = new Renderers();
    DescribedFormat format = new DescribedFormat(HOUSE, renderers) {};
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<BriefingRenderer>> asks = IntStream.range(0, threads).<Callable<BriefingRenderer>>mapToObj(i -> () -> {
        start.await();
        return format.renderer().orElseThrow();
      }).toList();
      List<Future<BriefingRenderer>> answers = asks.stream().map(pool::submit).toList();
      start.countDown();
      BriefingRenderer first = answers.get(0).get();
      for (Future<BriefingRenderer> answer : answers) {
        assertThat(answer.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(renderers.made).hasValue(1);
  }

  @Test
  void aSupplierThatGivesNullIsRefusedWhenAsked() {
    DescribedFormat format = new DescribedFormat(HOUSE, () -> null) {};

    assertThatThrownBy(format::renderer).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("supplier gave null");
  }
}
