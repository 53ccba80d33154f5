package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Violation;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
 * ({@code lines}, whose briefings are only checked and rendered on other threads), given as
 * characters or as bytes (which the threads then decode and encode).
 */
class ParallelConversionTest {

  private static final FormatRegistry FORMATS = FormatRegistry.of(
      LineFormat.byLine("bylines", ".bylines"),
      new LineFormat("lines", ".lines"),
      slowOnMarkedBriefings());

  private static final String CORPUS = corpus(600);

  static Stream<Arguments> sourcesAndThreads() {
    // One thread given bytes reads them as the threads do, each line decoded alone.
    return Stream.of("bylines", "lines").flatMap(from -> Stream.concat(Stream.of(Arguments.of(from, 1, Via.BYTES)),
        Stream.of(2, 3, 8).flatMap(threads -> Stream.of(Via.CHARACTERS, Via.BYTES).map(via -> Arguments.of(from, threads, via)))));
  }

  /** How the input and output are given. */
  enum Via { CHARACTERS, BYTES }

  @ParameterizedTest(name = "{0} on {1} threads, {2}")
  @MethodSource("sourcesAndThreads")
  void writesTheGeneratedCorpusByteForByteAsOneThreadDoes(String from, int threads, Via via) {
    Outcome one = convert(CORPUS, from, "lines", 1);
    Outcome many = convert(CORPUS, from, "lines", threads, via);

    assertThat(many.output).isEqualTo(one.output);
    assertThat(many.events).isEqualTo(one.events);
    assertThat(many.report).isEqualTo(one.report);
    assertThat(one.report.written()).isEqualTo(600);
  }

  @ParameterizedTest(name = "{0} on {1} threads, {2}")
  @MethodSource("sourcesAndThreads")
  void keepsInputOrderWhenSomeBriefingsTakeFarLongerThanOthers(String from, int threads, Via via) {
    // Every seventh briefing renders slowly: later, cheap ones finish first on other threads.
    String input = corpus(120, 7);

    Outcome many = convert(input, from, "slow", threads, via);

    assertThat(many.output).isEqualTo(convert(input, from, "slow", 1).output);
  }

  @ParameterizedTest(name = "{0} on {1} threads, {2}")
  @MethodSource("sourcesAndThreads")
  void aSyntaxErrorInTheMiddleStopsAtItsLineAfterWritingExactlyWhatOneThreadWrites(String from, int threads, Via via) {
    List<String> lines = new ArrayList<>(CORPUS.lines().toList());
    lines.set(299, "no tab here");
    String input = String.join("\n", lines) + "\n";

    Outcome one = convert(input, from, "lines", 1);
    Outcome many = convert(input, from, "lines", threads, via);

    assertThat(one.failure).isInstanceOf(BriefingFormatException.class);
    assertThat(((BriefingFormatException) one.failure).location().line()).hasValue(300);
    assertThat(many.failure).isInstanceOf(BriefingFormatException.class).hasMessage(one.failure.getMessage());
    assertThat(many.output).isEqualTo(one.output);
    assertThat(many.events).isEqualTo(one.events);
  }

  @ParameterizedTest(name = "{0} on {1} threads, {2}")
  @MethodSource("sourcesAndThreads")
  void invalidBriefingsInTheMiddleAreReportedWithTheirNumbersAndTheOutputStopsBeforeTheFirst(String from, int threads,
      Via via) {
    List<String> lines = new ArrayList<>(CORPUS.lines().toList());
    lines.set(99, " \tblank signal");
    lines.set(449, " \tanother");
    if ("bylines".equals(from)) {
      lines.add(200, "   ");   // holds no briefing, and is not counted as one
    }
    String input = String.join("\n", lines) + "\n";

    Outcome one = convert(input, from, "lines", 1);
    Outcome many = convert(input, from, "lines", threads, via);

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

  @ParameterizedTest(name = "{0} on {1} threads, {2}")
  @MethodSource("sourcesAndThreads")
  void holdsNoMoreThanTheWindowOfBriefingsInFlight(String from, int threads, Via via) {
    if (via == Via.BYTES) {
      holdsNoMoreThanTheWindowOfBriefingsInFlightReadingBytes(from, threads);
      return;
    }
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

    // Briefings vary in length; the buffered readers each hold 8 K more. Lines of characters go
    // over one at a time, four a thread, since each may be as long as the limit.
    long window = Math.min(converter.window(), 4L * threads) + 2L;
    assertThat(consumed).hasValue(600);
    assertThat(readBeforeTheFirstWrite.get()).isLessThan(window * maxLineLength() + 3 * 8192L)
        .isLessThan(CORPUS.length() / 4);
  }

  private static void holdsNoMoreThanTheWindowOfBriefingsInFlightReadingBytes(String from, int threads) {
    byte[] input = corpus(3000).getBytes(StandardCharsets.UTF_8);
    CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(input));
    AtomicLong readBeforeTheFirstWrite = new AtomicLong(-1);
    AtomicInteger consumed = new AtomicInteger();
    Converter converter = Converter.using(FORMATS).withThreads(threads).withListener(new ConversionListener() {
      @Override
      public void read(String name, ParseResult result) {
        readBeforeTheFirstWrite.compareAndSet(-1, in.read.get());
        consumed.incrementAndGet();
      }
    });

    converter.convert(in, from, new ByteArrayOutputStream(), "lines");

    // The byte line reader reads 64 K at a time; a reader over bytes for "lines" 8 K more.
    long window = converter.window() + 2L;
    assertThat(consumed).hasValue(3000);
    assertThat(readBeforeTheFirstWrite.get()).isLessThan(window * 4 * maxLineLength() + 2 * 65536L)
        .isLessThan(input.length / 4);
  }

  @ParameterizedTest(name = "{0} on {1} threads")
  @MethodSource("sourcesOnThreads")
  void bytesThatAreNotUtf8AreRefusedAtTheirLineAfterWritingWhatOneThreadWrites(String from, int threads) {
    List<String> lines = new ArrayList<>(CORPUS.lines().toList());
    byte[] before = (String.join("\n", lines.subList(0, 149)) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = (lines.get(149) + "\n").getBytes(StandardCharsets.UTF_8);
    bad[bad.length / 2] = (byte) 0xC3;
    bad[bad.length / 2 + 1] = (byte) 0x28;
    byte[] after = (String.join("\n", lines.subList(150, lines.size())) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(before);
    input.writeBytes(bad);
    input.writeBytes(after);

    // What one thread writes and tells when line 150 is one it cannot read.
    List<String> stopped = new ArrayList<>(lines);
    stopped.set(149, "no tab here");
    Outcome one = convert(String.join("\n", stopped) + "\n", from, "lines", 1);
    Outcome many = convert(input.toByteArray(), from, "lines", threads);

    assertThat(many.failure).isInstanceOf(BriefingFormatException.class).hasMessageContaining("not valid UTF-8");
    assertThat(((BriefingFormatException) many.failure).location().line()).hasValue(150);
    assertThat(many.output).isEqualTo(one.output);
    assertThat(many.events).isEqualTo(one.events).hasSize(149);
  }

  /** Only an input split into lines by the converter is decoded on other threads; any other, by its own parser. */
  static Stream<Arguments> sourcesOnThreads() {
    return Stream.of(1, 2, 8).map(threads -> Arguments.of("bylines", threads));
  }

  @Test
  void refusesFewerThanOneThread() {
    assertThatThrownBy(() -> Converter.using(FORMATS).withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThat(Converter.using(FORMATS).threads()).isEqualTo(1);
    assertThat(Converter.using(FORMATS).withThreads(3).window()).isEqualTo(96);
  }

  private static long maxLineLength() {
    return CORPUS.lines().mapToInt(String::length).max().orElseThrow() + 1;
  }

  /** What one conversion wrote, told its listener and returned or threw. */
  private record Outcome(String output, List<String> events, ConversionReport report, RuntimeException failure) {}

  private static Outcome convert(String input, String from, String to, int threads) {
    return convert(input, from, to, threads, Via.CHARACTERS);
  }

  private static Outcome convert(String input, String from, String to, int threads, Via via) {
    if (via == Via.BYTES) {
      return convert(input.getBytes(StandardCharsets.UTF_8), from, to, threads);
    }
    List<String> events = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    try {
      ConversionReport report = converter(threads, events).convert(new StringReader(input), from, out, to);
      return new Outcome(out.toString(), events, report, null);
    } catch (RuntimeException e) {
      return new Outcome(out.toString(), events, null, e);
    }
  }

  private static Outcome convert(byte[] input, String from, String to, int threads) {
    List<String> events = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ConversionReport report = converter(threads, events).convert(new ByteArrayInputStream(input), from, out, to);
      return new Outcome(out.toString(StandardCharsets.UTF_8), events, report, null);
    } catch (RuntimeException e) {
      return new Outcome(out.toString(StandardCharsets.UTF_8), events, null, e);
    }
  }

  /** A converter that tells what it read into {@code events}. */
  private static Converter converter(int threads, List<String> events) {
    return Converter.using(FORMATS).withThreads(threads).withListener(new ConversionListener() {
      @Override
      public void read(String name, ParseResult result) {
        events.add("read " + result.document() + " " + result.warnings().size() + " " + result.repairs().size());
      }

      @Override
      public void invalid(String name, long document, List<Violation> violations) {
        events.add("invalid " + document + " " + violations.stream().map(Violation::path).toList());
      }
    });
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

  /** Counts the bytes taken from the input. */
  private static final class CountingInputStream extends FilterInputStream {
    final AtomicLong read = new AtomicLong();

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read.addAndGet(n);
      }
      return n;
    }
  }
}
