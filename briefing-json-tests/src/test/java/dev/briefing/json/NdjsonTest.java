package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NdjsonTest {

  private static final BriefingJson JSON = BriefingJson.create();
  private static final String SEED_LINE = JSON.write(SeedBriefing.briefing());

  @Test
  void writerPutsOneCompactBriefingOnEachLine() {
    List<Briefing> briefings = BriefingGenerator.validBriefings(50, 3L).collect(Collectors.toList());
    StringWriter out = new StringWriter();

    try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
      briefings.forEach(writer::write);
      assertThat(writer.linesWritten()).isEqualTo(50);
    }

    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(51);
    assertThat(lines[50]).isEmpty();
    for (int i = 0; i < 50; i++) {
      assertThat(lines[i]).isEqualTo(JSON.write(briefings.get(i)));
    }
  }

  @Test
  void readerStreamsBackWhatTheWriterWrote() {
    List<Briefing> briefings = BriefingGenerator.validBriefings(50, 4L).collect(Collectors.toList());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
      briefings.forEach(writer::write);
    }

    NdjsonReader reader = JSON.ndjsonReader(new ByteArrayInputStream(out.toByteArray()));

    assertThat(reader.stream()).containsExactlyElementsOf(briefings);
    assertThat(reader.lineNumber()).isEqualTo(50);
  }

  @Test
  void blankLinesCarriageReturnsAndAMissingFinalNewlineAreFine() {
    String input = "\n" + SEED_LINE + "\r\n   \n" + SEED_LINE;

    NdjsonReader reader = JSON.ndjsonReader(new StringReader(input));

    assertThat(reader.stream()).hasSize(2);
    assertThat(reader.lineNumber()).isEqualTo(4);
  }

  @Test
  void badLineThrowsWithItsLineNumberAndTheReaderGoesOnAfterIt() {
    String bad = Documents.VALID.replace("\n", "").replace("\"order\": 1", "\"order\": \"first\"");
    NdjsonReader reader = JSON.ndjsonReader(new StringReader(SEED_LINE + "\n" + SEED_LINE + "\n" + bad + "\n" + SEED_LINE + "\n"));

    reader.next();
    reader.next();
    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class, reader::hasNext);

    assertThat(e.location().line()).hasValue(3);
    assertThat(e.getMessage()).startsWith("line 3, column ").endsWith("at $.impacts[0].order: expected an integer but was STRING");
    assertThat(reader.next()).isEqualTo(SeedBriefing.briefing());
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void skippingReaderReportsEachBadLineAndYieldsTheRest() {
    String invalid = Documents.VALID.replace("\n", "").replace("\"order\": 1", "\"order\": 0");
    String input = String.join("\n", SEED_LINE, "{not json", SEED_LINE, invalid, "[]", SEED_LINE);
    List<ParseWarning> warnings = new ArrayList<>();

    NdjsonReader reader = JSON.ndjsonReader(new StringReader(input), warnings::add);

    assertThat(reader.stream()).hasSize(3);
    assertThat(reader.skippedLines()).isEqualTo(3);
    assertThat(warnings).extracting(w -> w.location().line().getAsInt()).containsExactly(2, 4, 5);
    assertThat(warnings.get(0).message()).startsWith("malformed JSON");
    assertThat(warnings.get(1).message()).startsWith("invalid briefing, 1 problem: impacts[0].order");
    assertThat(warnings.get(2).message()).isEqualTo("expected a briefing object but was ARRAY");
  }

  @Test
  void invalidLineInAStrictReaderKeepsTheViolationsAsCause() {
    String invalid = Documents.VALID.replace("\n", "").replace("\"order\": 1", "\"order\": 0");

    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class,
        () -> JSON.ndjsonReader(new StringReader(SEED_LINE + "\n" + invalid)).stream().count());

    assertThat(e.location().line()).hasValue(2);
    assertThat(e.getCause()).isInstanceOf(BriefingValidationException.class);
  }

  @Test
  void overlongLineIsReportedWithoutBeingHeld() {
    BriefingJson small = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(SEED_LINE.length() + 10));
    String input = SEED_LINE + "\n" + "x".repeat(SEED_LINE.length() * 3) + "\n" + SEED_LINE;
    List<ParseWarning> warnings = new ArrayList<>();

    assertThat(small.ndjsonReader(new StringReader(input), warnings::add).stream()).hasSize(2);
    assertThat(warnings).singleElement().hasToString("line 2, column 1: the line is longer than the limit of "
        + (SEED_LINE.length() + 10) + " characters");
  }

  @Test
  @Timeout(30) // without the early refusal this read never ends
  void strictReaderRefusesAnEndlessLineOnceItPassesTheLimit() {
    int limit = 100_000;
    BriefingJson small = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(limit));
    long[] served = {0};
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, 'x');
        served[0] += length;
        return length;
      }

      @Override
      public void close() {}
    };

    BriefingFormatException e = catchThrowableOfType(BriefingFormatException.class,
        () -> small.ndjsonReader(endless).hasNext());

    assertThat(e).hasMessage("line 1, column 1: the line is longer than the limit of " + limit + " characters");
    assertThat(served[0]).isLessThan(limit + 2 * 8192L);
  }

  @Test
  void invalidUtf8StopsTheReadWithTheLineNumber() {
    byte[] line = (SEED_LINE + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(line);
    input.writeBytes(new byte[] {'{', (byte) 0xFF, '}', '\n'});

    NdjsonReader reader = JSON.ndjsonReader(new ByteArrayInputStream(input.toByteArray()));

    assertThatThrownBy(() -> reader.stream().count()).isInstanceOf(BriefingFormatException.class)
        .hasMessageStartingWith("line 2, column 1: the input is not valid UTF-8");
  }

  @Test
  void readerReadsOnlyAsFarAsItHasBeenAsked() {
    CountingReader input = new CountingReader(new Reader() {
      private final String line = SEED_LINE + "\n";
      private int position;

      @Override
      public int read(char[] buffer, int offset, int length) {
        // An endless input: only a lazy reader can take a few briefings from it.
        int n = 0;
        while (n < length) {
          buffer[offset + n++] = line.charAt(position);
          position = (position + 1) % line.length();
        }
        return n;
      }

      @Override
      public void close() {}
    });

    List<Briefing> firstFive = JSON.ndjsonReader(input).stream().limit(5).collect(Collectors.toList());

    assertThat(firstFive).hasSize(5).allMatch(SeedBriefing.briefing()::equals);
    // Five lines plus at most one buffer of read-ahead: memory does not follow the input.
    assertThat(input.charsRead).isLessThanOrEqualTo(5L * (SEED_LINE.length() + 1) + 8192);
  }

  @Test
  void manyLinesStreamThroughOneBriefingAtATime() {
    CountingReader input = new CountingReader(new Reader() {
      private final String line = SEED_LINE + "\n";
      private long remaining = 5_000L * line.length();
      private int position;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (remaining == 0) {
          return -1;
        }
        int n = 0;
        while (n < length && remaining > 0) {
          buffer[offset + n++] = line.charAt(position);
          position = (position + 1) % line.length();
          remaining--;
        }
        return n;
      }

      @Override
      public void close() {}
    });

    long count = JSON.withoutValidation().ndjsonReader(input).stream().filter(b -> b.figures().size() == 3).count();

    assertThat(count).isEqualTo(5_000);
  }

  private static final class CountingReader extends Reader {
    private final Reader in;
    long charsRead;

    CountingReader(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws java.io.IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        charsRead += n;
      }
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void aLenientReaderListsEachUnknownPropertyAtItsLineAndPathAsTheJsonFormatDoes() {
    String unknown = SEED_LINE.replaceFirst("\\{", "{\"note\":1,").replace("\"order\":2,", "\"order\":2,\"extra\":[],");
    NdjsonReader lines = JSON.lenient().ndjsonReader(new StringReader(SEED_LINE + "\n\n" + unknown + "\n"));

    assertThat(lines.next()).isEqualTo(SeedBriefing.briefing());
    assertThat(lines.warnings()).isEmpty();
    assertThat(lines.next()).isEqualTo(SeedBriefing.briefing());
    List<ParseWarning> single = JSON.lenient().asParser().read(new StringReader(unknown)).warnings();
    assertThat(lines.warnings()).extracting(ParseWarning::toString).containsExactly(
        "line 3, column 1 at $.note: unknown property not kept; read it with BriefingJson.readDocument to keep it",
        "line 3, column 1 at $.impacts[1].extra: unknown property not kept; read it with BriefingJson.readDocument to keep it");
    assertThat(lines.warnings()).extracting(w -> w.location().path(), ParseWarning::message)
        .isEqualTo(single.stream().map(w -> org.assertj.core.groups.Tuple.tuple(w.location().path(), w.message())).toList());
  }
}
