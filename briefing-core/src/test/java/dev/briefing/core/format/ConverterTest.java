package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConverterTest {

  // Stand-ins under the real names, probing as the real ones: text anything, ndjson a '{'.
  private static final FormatRegistry FORMATS = FormatRegistry.of(
      new LineFormat("text", ".txt", MatchStrength.WEAK_MATCH, ""),
      new LineFormat("ndjson", ".ndjson", MatchStrength.FULL_MATCH, "{"),
      new LineFormat("lines", ".lines"));

  private final Converter converter = Converter.using(FORMATS);

  @TempDir
  Path dir;

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(200, 5);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void convertsBetweenTwoNamedFormatsWithoutLoss(Briefing briefing) {
    String text = FORMATS.renderer("text").render(briefing);

    String lines = converter.convert(text, "text", "lines");
    Briefing back = FORMATS.parser("lines").parse(lines);

    assertThat(back.signal()).isEqualTo(briefing.signal());
    assertThat(back.whatHappened()).isEqualTo(briefing.whatHappened());
  }

  @Test
  void convertsEveryBriefingOfAMultiBriefingInputInOrder() {
    String input = "a\tA\nb\tB\nc\tC\n";
    StringBuilder out = new StringBuilder();

    long count = converter.convert(new StringReader(input), "ndjson", out, "lines");

    assertThat(count).isEqualTo(3);
    assertThat(out).hasToString(input);
  }

  @Test
  void aManyDocumentFormatUnderAnyNameStopsAtABadDocumentWithItsLineAfterWritingTheOnesBefore() {
    // "lines" has neither NDJSON's name nor its media type: being many-document is enough.
    StringBuilder out = new StringBuilder();

    assertThatThrownBy(() -> converter.convert(new StringReader("a\tA\nb\tB\nno tab\n"), "lines", out, "text"))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.location().line()).hasValue(3);
          assertThat(e.location().column()).hasValue(7);
        });
    assertThat(out).hasToString("a\tA\nb\tB\n");
  }

  @Test
  void aBadDocumentInAManyDocumentFileIsPlacedByFileAndLine() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.lines"), "a\tA\nno tab\n");

    assertThatThrownBy(() -> converter.convert(batch, dir.resolve("out.txt")))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.location().input()).hasValue(batch.toString());
          assertThat(e.location().line()).hasValue(2);
        });
    assertThat(dir.resolve("out.txt")).doesNotExist();
  }

  @Test
  void writesEachBriefingBeforeReadingTheNext() {
    // The input fails after two records: if the converter collected first, nothing would be out.
    Reader failingAfterTwo = new Reader() {
      private final Reader head = new StringReader("a\tA\nb\tB\n");

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int read = head.read(buffer, offset, length);
        if (read < 0) {
          throw new IOException("disk gone");
        }
        return read;
      }

      @Override
      public void close() {}
    };
    StringBuilder out = new StringBuilder();

    assertThatThrownBy(() -> converter.convert(failingAfterTwo, "ndjson", out, "lines"))
        .isInstanceOf(BriefingIOException.class);
    assertThat(out).hasToString("a\tA\nb\tB\n");
  }

  @Test
  void sniffsTheSourceFormatWhenNoneIsGiven() {
    StringBuilder out = new StringBuilder();

    long count = converter.convert(new StringReader("{x\tX\n{y\tY\n"), out, "lines");

    assertThat(count).isEqualTo(2);
    assertThat(out).hasToString("{x\tX\n{y\tY\n");
  }

  @Test
  void sniffDoesNotConsumeTheInput() throws IOException {
    BufferedReader in = new BufferedReader(new StringReader("plain\tline\n"));

    assertThat(converter.sniff(in).name()).isEqualTo("text");
    assertThat(in.readLine()).isEqualTo("plain\tline");
  }

  @Test
  void detectPrefersTheExtensionAndFallsBackToTheContent() {
    BufferedReader ndjsonLooking = new BufferedReader(new StringReader("{a\tb\n{c\td\n"));

    assertThat(converter.detect("batch.lines", ndjsonLooking).name()).isEqualTo("lines");
    assertThat(converter.detect("batch.unknown", ndjsonLooking).name()).isEqualTo("ndjson");
    assertThat(converter.detect("-", ndjsonLooking).name()).isEqualTo("ndjson");
  }

  @Test
  void convertsFilesByTheirExtensions() throws IOException {
    Path in = Files.writeString(dir.resolve("in.txt"), "a\tA\n");
    Path out = dir.resolve("out.lines");

    assertThat(converter.convert(in, out)).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("a\tA\n");
  }

  @Test
  void readsManyFilesAsOneLazyStreamClosingEachFile() throws IOException {
    Path first = Files.writeString(dir.resolve("1.lines"), "a\tA\nb\tB\n");
    Path second = Files.writeString(dir.resolve("2.txt"), "c\tC\n");
    Path all = dir.resolve("all.ndjson");

    long count;
    try (Stream<Briefing> briefings = converter.read(List.of(first, second))) {
      count = converter.write(briefings, all, "ndjson");
    }

    assertThat(count).isEqualTo(3);
    assertThat(Files.readString(all)).isEqualTo("a\tA\nb\tB\nc\tC\n");
  }

  @Test
  void aFormatErrorInAFileNamesTheFileLineAndColumn() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.ndjson"), "a\tA\nno tab here\n");

    assertThatThrownBy(() -> converter.convert(bad, dir.resolve("out.lines")))
        .isInstanceOfSatisfying(BriefingFormatException.class, e -> {
          assertThat(e.location().input()).contains(bad.toString());
          assertThat(e.location().line()).hasValue(2);
          assertThat(e.location().column()).hasValue(12);
        })
        .hasMessageStartingWith(bad + ": line 2, column 12: expected a tab");
  }

  @Test
  void aFailedConversionLeavesAnExistingOutputUntouched() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.ndjson"), "a\tA\nno tab here\n");
    Path out = Files.writeString(dir.resolve("out.lines"), "previous\tresult\n");

    assertThatThrownBy(() -> converter.convert(bad, out)).isInstanceOf(BriefingFormatException.class);

    assertThat(Files.readString(out)).isEqualTo("previous\tresult\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder("bad.ndjson", "out.lines");
    }
  }

  @Test
  void anUnknownTargetFailsBeforeAnythingIsRead() {
    Reader untouchable = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        throw new AssertionError("the input must not be read");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> converter.convert(untouchable, "text", new StringBuilder(), "xml"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("Unknown format 'xml'; known formats: lines, ndjson, text");
  }

  @Test
  void contentNoFormatRecognisesIsAnUnknownFormat() {
    Converter withoutText = Converter.using(FormatRegistry.of(FORMATS.byName("ndjson"), FORMATS.byName("lines")));
    assertThatThrownBy(() -> withoutText.convert(new StringReader("<html></html>"), new StringBuilder(), "lines"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("No format recognises the input; name its format; known formats: lines, ndjson");
  }

  @Test
  void manyBriefingsAreWrittenBetweenTheRenderersPrologueAndEpilogueWithSeparators() {
    BriefingFormat bracketed = new BriefingFormat() {
      @Override
      public String name() {
        return "bracketed";
      }

      @Override
      public String mediaType() {
        return "text/x-bracketed";
      }

      @Override
      public List<String> extensions() {
        return List.of(".br");
      }

      @Override
      public Optional<BriefingParser> parser() {
        return Optional.empty();
      }

      @Override
      public Optional<BriefingRenderer> renderer() {
        return Optional.of(new BriefingRenderer() {
          @Override
          public void renderTo(Briefing briefing, Appendable out) throws IOException {
            out.append(briefing.signal());
          }

          @Override
          public void renderPrologue(Appendable out) throws IOException {
            out.append('[');
          }

          @Override
          public void renderSeparator(Appendable out) throws IOException {
            out.append(',');
          }

          @Override
          public void renderEpilogue(Appendable out) throws IOException {
            out.append(']');
          }
        });
      }
    };
    Converter brackets = Converter.using(FORMATS.with(bracketed));
    StringBuilder three = new StringBuilder();
    StringBuilder none = new StringBuilder();

    assertThat(brackets.convert(new StringReader("a\tA\nb\tB\nc\tC\n"), "lines", three, "bracketed")).isEqualTo(3);
    assertThat(brackets.convert(new StringReader(""), "lines", none, "bracketed")).isZero();

    assertThat(three).hasToString("[a,b,c]");
    assertThat(none).hasToString("[]");
  }

  @Test
  void aMissingFileIsAnIoErrorNamingIt() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> converter.read(missing))
        .isInstanceOf(BriefingIOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void readsAFileInTheFormatNamedForIt() throws IOException {
    Path in = Files.writeString(dir.resolve("in.data"), "a\tA\nb\tB\n");

    try (Stream<Briefing> briefings = converter.read(in, "lines")) {
      assertThat(briefings.map(Briefing::signal)).containsExactly("a", "b");
    }
  }

  @Test
  void standardConverterUsesTheDefaultFormatsAndNamesThem() {
    assertThat(Converter.standard().formats().names()).isEqualTo(FormatRegistry.loadDefault().names());
    assertThat(converter.formats()).isSameAs(FORMATS);
    assertThat(converter).hasToString("Converter" + FORMATS.names());
  }

  @Test
  void readsUtf8Files() throws IOException {
    Path in = dir.resolve("in.lines");
    Files.write(in, "Anthropic’s\t2,300–5,000 日本語\n".getBytes(StandardCharsets.UTF_8));

    try (Stream<Briefing> briefings = converter.read(in)) {
      assertThat(briefings.map(Briefing::whatHappened)).containsExactly("2,300–5,000 日本語");
    }
  }
}
