package dev.briefing.core.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines split from bytes are those {@link LineReader} splits from the same text, numbers and errors included. */
class ByteLineReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\":1}\n{\"b\":2}\n",
      "{\"a\":1}\n\n   \n{\"b\":2}",                      // blank lines, a last line without its end
      "\uFEFF{\"a\":1}\n\uFEFF{\"b\":2}\n",               // a mark starts the input only
      "\uFEFF\n\n{}\n",
      "{\"a\":1}\r\n{\"b\":2}\r\n",                       // a carriage return stays in its line
      "\u2003\u3000\n{\"é\":\"ü\"}\n\u00A0\n",            // whitespace above ASCII is blank; a no-break space is not
      "{\"emoji\":\"\uD83D\uDE00\uD83D\uDE00\"}\n\t\u001C\n",
      "",
      "\n\n\n",
  })
  void splitsTheLinesAndNumbersThemAsTheCharacterReaderDoes(String text) {
    assertThat(byteLines(text, 1000)).isEqualTo(charLines(text, 1000));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 7})
  void aMarkOrALineSplitAcrossReadsIsReadWhole(int chunk) {
    String text = "\uFEFF{\"a\":\"é\uD83D\uDE00\"}\n\n{\"b\":2}\n";
    ByteLineReader lines = new ByteLineReader(trickling(text, chunk), 1000);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(lines.lineNumber() + ":" + ByteLineReader.decode(lines.bytes(), lines.lineNumber()));
    }
    assertThat(read).isEqualTo(charLines(text, 1000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ééééé\n", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\n", "abcdef\n"})
  void theLimitCountsCharactersNotBytes(String line) {
    int length = line.length() - 1;
    assertThat(byteLines("{}\n" + line, length)).isEqualTo(charLines("{}\n" + line, length));
    assertThatThrownBy(() -> byteLines("{}\n" + line, length - 1))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessage(failure(() -> charLines("{}\n" + line, length - 1)).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"C328", "FF", "EDA080", "F08F8080", "EFBFBDC328", "E0EFBFBD", "EFBFEFBFBD"})
  void bytesThatAreNotUtf8AreRefusedAtTheirLine(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    assertThatThrownBy(() -> ByteLineReader.decode(bad, 7))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("line 7")
        .hasMessageContaining("not valid UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFFFD is a character too", "é\uFFFD"})
  void aReplacementCharacterInTheInputIsKept(String text) {
    assertThat(ByteLineReader.decode(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}\nabcdefgh\n{}\n", "{}\néééééééé\n\n{}", "abcdefgh"})
  void passingOverLongLinesRefusesEachAfterItsEndAsTheCharacterReaderDoes(String text) {
    assertThat(linesPassingOver(byteReader(text, 4, true)))
        .isEqualTo(linesPassingOver(new LineReader(new StringReader(text), 4, true)))
        .anyMatch(line -> line.contains("refused"));
  }

  private static ByteLineReader byteReader(String text, long limit, boolean passOverLong) {
    return new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit, passOverLong);
  }

  /** Each line as number:text, a refused one as number:refused. */
  private static List<String> linesPassingOver(LineSplitter lines) {
    List<String> read = new ArrayList<>();
    while (true) {
      try {
        if (!lines.next()) {
          return read;
        }
        read.add(lines.lineNumber() + ":" + (lines instanceof LineReader chars ? chars.text() : ((ByteLineReader) lines).text()));
      } catch (BriefingFormatException e) {
        read.add(lines.lineNumber() + ":refused " + e.getMessage());
      }
    }
  }

  private static List<String> byteLines(String text, long limit) {
    ByteLineReader lines = new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(lines.lineNumber() + ":" + ByteLineReader.decode(lines.bytes(), lines.lineNumber()));
    }
    return read;
  }

  private static List<String> charLines(String text, long limit) {
    LineReader lines = new LineReader(new StringReader(text), limit, false);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(lines.lineNumber() + ":" + lines.text());
    }
    return read;
  }

  private static RuntimeException failure(Runnable run) {
    try {
      run.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  /** An input that gives at most {@code chunk} bytes a read. */
  private static InputStream trickling(String text, int chunk) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
