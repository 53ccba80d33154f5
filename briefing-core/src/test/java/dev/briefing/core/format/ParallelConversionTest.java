package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Violation;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A converter on several threads does what one thread does, byte for byte and call for call,
 * for inputs split into lines by the converter ({@code bylines}) and for inputs its parser reads
 * ({@code lines}, whose briefings are only checked and rendered on other threads).
 */
class ParallelConversionTest {

  private static final FormatRegistry FORMATS = FormatRegistry.of(
      LineFormat.byLine("bylines", ".bylines"),
      new LineFormat("lines", ".lines"),
      slowOnMarkedBriefings());

  private static final String CORPUS = corpus(600);

  static Stream<Arguments> sourcesAndThreads() {
    return Stream.of("bylines", "lines").flatMap(from -> Stream.of(2, 3, 8).map(threads -> Arguments.of(from, threads)));
  }

  @ParameterizedTest(name = "{0} on {1} threads")
  @MethodSource("sourcesAndThreads")
  void writesTheGeneratedCorpusByteForByteAsOneThreadDoes(String from, int threads) {
    Outcome one = convert(CORPUS, from, "lines", 1);
    Outcome many = convert(CORPUS, from, "lines", threads);

    assertThat(many.output).isEqualTo(one.output);
    assertThat(many.events).isEqualTo(one.events);
    assertThat(many.report).isEqualTo(one.report);
    assertThat(one.report.written()).isEqualTo(600);
  }

  @ParameterizedTest(name = "{0} on {1} threads")
  @MethodSource("sourcesAndThreads")
  void keepsInputOrderWhenSomeBriefingsTakeFarLongerThanOthers(String from, int threads) {
    // Every seventh briefing renders slowly: later, cheap ones finish first on other threads.
    String input = corpus(120, 7);

    Outcome many = convert(input, from, "slow", threads);

    assertThat(many.output).isEqualTo(convert(input, from, "slow", 1).output);
  }

  @ParameterizedTest(name = "{0} on {1} threads")
  @MethodSource("sourcesAndThreads")
  void aSyntaxErrorInTheMiddleStopsAtItsLineAfterWritingExactlyWhatOneThreadWrites(String from, int threads) {
    List<String> lines = new ArrayList<>(CORPUS.lines().toList());
    lines.set(299, "no tab here");
    String input = String.join("\n", lines) + "\n";

    Outcome one = convert(input, from, "lines", 1);
    Outcome many = convert(input, from, "lines", threads);

    assertThat(one.failure).isInstanceOf(BriefingFormatException.class);
    assertThat(((BriefingFormatException) one.failure).location().line()).hasValue(300);
    assertThat(many.failure).isInstanceOf(BriefingFormatException.class).hasMessage(one.failure.getMessage());
    assertThat(many.output).isEqualTo(one.output);
    assertThat(many.events).isEqualTo(one.events);
  }

  @ParameterizedTest(name = "{0} on {1} threads")
  @MethodSource("sourcesAndThreads")
  void invalidBriefingsInTheMiddleAreReportedWithTheirNumbersAndTheOutputStopsBeforeTheFirst(String from, int threads) {
    List<String> lines = new ArrayList<>(CORPUS.lines().toList());
    lines.set(99, " \tblank signal");
    lines.set(449, " \tanother");
    if ("bylines".equals(from)) {
      lines.add(200, "   ");   // holds no briefing, and is not counted as one
    }
    String input = String.join("\n", lines) + "\n";

    Outcome one = convert(input, from, "lines", 1);
    Outcome many = convert(input, from, "lines", threads);

    assertThat(one.events).filteredOn(event -> event.startsWith("invalid"))
        .containsExactly("invalid 100 [signal]", "invalid 450 [signal]");
    assertThat(many.events).isEqualTo(one.events);
    assertThat(many.output).isEqualTo(one.output);
    assertThat(many.failure).hasMessage(one.failure.getMessage());
  }

  @Test
  void checkingOnSeveralThreadsCountsWhatOneThreadCounts() {
    String input = CORPUS + " \tinvalid\n";

    ConversionReport one;
    try (Conversion check = Converter.using(FORMATS).check()) {
      check.add(new StringReader(input), "corpus", "bylines");
      one = check.finish();
    }
    ConversionReport many;
    try (Conversion check = Converter.using(FORMATS).withThreads(4).check()) {
      check.add(new StringReader(input), "corpus", "bylines");
      many = check.finish();
    }

    assertThat(many).isEqualTo(one);
    assertThat(many.invalid()).isEqualTo(1);
    assertThat(many.documents()).isEqualTo(601);
  }

  @ParameterizedTest(name = "{0} on {1} threads")
  @MethodSource("sourcesAndThreads")
  void holdsNoMoreThanTheWindowOfBriefingsInFlight(String from, int threads) {
    Converter converter = Converter.using(FORMATS).withThreads(threads);
    CountingReader in = new CountingReader(new StringReader(CORPUS));
    AtomicLong readBeforeTheFirstWrite = new AtomicLong(-1);
    AtomicInteger consumed = new AtomicInteger();
    converter = converter.withListener(new ConversionListener() {
      @Override
      public void read(String input, ParseResult result) {
        readBeforeTheFirstWrite.compareAndSet(-1, in.read.get());
        consumed.incrementAndGet();
      }
    });

    converter.convert(in, from, new StringBuilder(), "lines");

    // Briefings vary in length; the buffered readers each hold 8 K more.
    long window = converter.window() + 2L;
    assertThat(consumed).hasValue(600);
    assertThat(readBeforeTheFirstWrite.get()).isLessThan(window * maxLineLength() + 3 * 8192L)
        .isLessThan(CORPUS.length() / 4);
  }

  @Test
  void refusesFewerThanOneThread() {
    assertThatThrownBy(() -> Converter.using(FORMATS).withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThat(Converter.using(FORMATS).threads()).isEqualTo(1);
    assertThat(Converter.using(FORMATS).withThreads(3).window()).isEqualTo(12);
  }

  private static long maxLineLength() {
    return CORPUS.lines().mapToInt(String::length).max().orElseThrow() + 1;
  }

  /** What one conversion wrote, told its listener and returned or threw. */
  private record Outcome(String output, List<String> events, ConversionReport report, RuntimeException failure) {}

  private static Outcome convert(String input, String from, String to, int threads) {
    List<String> events = new ArrayList<>();
    Converter converter = Converter.using(FORMATS).withThreads(threads).withListener(new ConversionListener() {
      @Override
      public void read(String name, ParseResult result) {
        events.add("read " + result.document() + " " + result.warnings().size() + " " + result.repairs().size());
      }

      @Override
      public void invalid(String name, long document, List<Violation> violations) {
        events.add("invalid " + document + " " + violations.stream().map(Violation::path).toList());
      }
    });
    StringBuilder out = new StringBuilder();
    try {
      ConversionReport report = converter.convert(new StringReader(input), from, out, to);
      return new Outcome(out.toString(), events, report, null);
    } catch (RuntimeException e) {
      return new Outcome(out.toString(), events, null, e);
    }
  }

  private static String corpus(int count) {
    return corpus(count, 0);
  }

  /** Generated briefings in the line format, every {@code slowEvery}th marked to render slowly. */
  private static String corpus(int count, int slowEvery) {
    BriefingRenderer lines = FORMATS.renderer("lines");
    AtomicInteger index = new AtomicInteger();
    return BriefingGenerator.validBriefings(count, 20).map(briefing -> {
      int i = index.incrementAndGet();
      Briefing marked = slowEvery > 0 && i % slowEvery == 1 ? briefing.withSignal("slow " + briefing.signal()) : briefing;
      return lines.render(marked);
    }).collect(Collectors.joining());
  }

  /** The line format, whose renderer takes a few milliseconds for a briefing marked slow. */
  private static BriefingFormat slowOnMarkedBriefings() {
    LineFormat lines = new LineFormat("slow", ".slow");
    BriefingRenderer renderer = lines.renderer().orElseThrow();
    return new BriefingFormat() {
      @Override
      public String name() {
        return "slow";
      }

      @Override
      public String mediaType() {
        return "text/x-slow";
      }

      @Override
      public List<String> extensions() {
        return List.of(".slow");
      }

      @Override
      public boolean multiDocument() {
        return true;
      }

      @Override
      public Optional<BriefingParser> parser() {
        return Optional.empty();
      }

      @Override
      public Optional<BriefingRenderer> renderer() {
        return Optional.of((briefing, out) -> {
          if (briefing.signal().startsWith("slow ")) {
            try {
              Thread.sleep(3);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          renderer.renderTo(briefing, out);
        });
      }
    };
  }

  /** Counts the characters taken from the input. */
  private static final class CountingReader extends FilterReader {
    final AtomicLong read = new AtomicLong();

    CountingReader(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read.addAndGet(n);
      }
      return n;
    }
  }
}
