package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.BriefingException;
import dev.briefing.core.format.Conversion;
import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.format.InputReport;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON Lines convert on several threads as on one: the same briefings, the same warnings and
 * the same error (message, line) for every edge of reading lines, since both read them with one
 * line reader and parse each line alike.
 */
class NdjsonOnThreadsTest {

  private static final BriefingJson JSON = BriefingJson.create();
  private static final String LINE = JSON.write(SeedBriefing.briefing());
  private static final String OTHER = JSON.write(SeedBriefing.briefing().withSignal("Another signal."));
  /** Long enough for the seed, too short for the long line. */
  private static final long MAX_LINE = LINE.length() + OTHER.length();

  @TempDir
  Path dir;

  static Stream<Arguments> inputs() {
    byte[] notUtf8 = {'{', '"', 's', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    return Stream.of(
        Arguments.of("a byte-order mark first", utf8("\uFEFF" + LINE + "\n" + OTHER + "\n"), "2 briefings", "2 briefings"),
        Arguments.of("a byte-order mark on a later line", utf8(LINE + "\n\uFEFF" + OTHER + "\n"),
            "line 2, column 1: a byte-order mark may only start the input",
            "line 2, column 1: a byte-order mark may only start the input"),
        Arguments.of("CRLF line ends", utf8(LINE + "\r\n" + OTHER + "\r\n"), "2 briefings", "2 briefings"),
        Arguments.of("blank lines", utf8("\n" + LINE + "\n\n \t\n" + OTHER + "\n\n"), "2 briefings", "2 briefings"),
        Arguments.of("a last line without a line end", utf8(LINE + "\n" + OTHER), "2 briefings", "2 briefings"),
        Arguments.of("an over-long line", utf8(LINE + "\n" + LINE.repeat(3) + "\n" + OTHER + "\n"),
            "line 2, column 1: the line is longer than the limit", "line 2, column 1: the line is longer than the limit"),
        // Split into lines before they are decoded, the bad bytes are found at their line.
        Arguments.of("invalid UTF-8", concat(utf8(LINE + "\n"), notUtf8),
            "line 2, column 1: the input is not valid UTF-8", "line 2, column 1: the input is not valid UTF-8"),
        Arguments.of("an unknown property", utf8(LINE + "\n" + OTHER.replaceFirst("\\{", "{\"note\":1,") + "\n"),
            "line 2, column 2 at $.note: unknown property 'note'",
            "2 briefings, warnings [line 2, column 1 at $.note: unknown property not kept"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void convertsOnFourThreadsAsOnOne(String name, byte[] input, String strictly, String leniently) throws IOException {
    Path file = Files.write(dir.resolve("in.ndjson"), input);

    for (boolean lenient : new boolean[] {false, true}) {
      String one = convert(file, 1, lenient);

      assertThat(one).as("%s, lenient %s", name, lenient).contains(lenient ? leniently : strictly);
      assertThat(convert(file, 4, lenient)).as("%s, lenient %s", name, lenient).isEqualTo(one);
      assertThat(convertBytes(file, 4, lenient)).as("%s as bytes, lenient %s", name, lenient).isEqualTo(one);
    }
  }

  /** Through a byte stream each way, whose lines the threads decode and whose pages they encode. */
  private static String convertBytes(Path file, int threads, boolean lenient) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String outcome;
    try (InputStream in = Files.newInputStream(file);
        Conversion batch = Converter.using(formats(lenient)).withThreads(threads).into(out, "ndjson")) {
      InputReport report = batch.add(in, file.toString(), "ndjson");
      batch.finish();
      outcome = report.documents() + " briefings, warnings " + report.warnings();
    } catch (BriefingException e) {
      outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return outcome + "\n" + out.toString(StandardCharsets.UTF_8);
  }

  private static FormatRegistry formats(boolean lenient) {
    BriefingJson codec = (lenient ? JSON.lenient() : JSON).withLimits(JsonLimits.defaults().withMaxDocumentLength(MAX_LINE));
    return FormatRegistry.loadDefault().with(new NdjsonFormat(codec));
  }

  private static String convert(Path file, int threads, boolean lenient) {
    FormatRegistry formats = formats(lenient);
    StringBuilder out = new StringBuilder();
    String outcome;
    try (Conversion batch = Converter.using(formats).withThreads(threads).into(out, "ndjson")) {
      InputReport report = batch.add(file, "ndjson");
      batch.finish();
      outcome = report.documents() + " briefings, warnings " + report.warnings();
    } catch (BriefingException e) {
      outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return outcome + "\n" + out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.writeBytes(first);
    both.writeBytes(second);
    return both.toByteArray();
  }
}
