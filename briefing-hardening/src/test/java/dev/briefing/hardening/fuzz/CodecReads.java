package dev.briefing.hardening.fuzz;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.hardening.support.Printable;
import dev.briefing.json.BriefingJson;
import dev.briefing.json.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every way the JSON codec reads an input, on one backend: strict and lenient, from text and
 * from bytes, as a document, and as NDJSON line by line. Each read's outcome is what it gave or
 * the exception it threw, as text ({@code BriefingFormatException line 1, column 2, path $.x:
 * message}), so two backends can be compared read by read. A read that throws anything but
 * a {@link BriefingException}, or a format error that does not say where, fails the target.
 *
 * <pre>{@code
 * Map<String, String> outcomes = CodecReads.on("jackson3").outcomes(bytes);
 * }</pre>
 */
final class CodecReads {

  /** The backends the codec has; hardening has both on its class path. */
  static final List<String> BACKENDS = List.of("jackson2", "jackson3");

  private static final Map<String, CodecReads> ON = Map.of(
      BACKENDS.get(0), new CodecReads(BACKENDS.get(0)), BACKENDS.get(1), new CodecReads(BACKENDS.get(1)));

  private final Map<String, Function<byte[], Object>> reads = new LinkedHashMap<>();

  private CodecReads(String backend) {
    BriefingJson strict = BriefingJson.create().withBackend(backend);
    BriefingJson lenient = strict.lenient();
    reads.put("strict text", input -> strict.read(utf8(input)));
    reads.put("strict bytes", input -> strict.read(new ByteArrayInputStream(input)));
    reads.put("lenient document", input -> lenient.readDocument(utf8(input)));
    reads.put("lenient bytes", input -> lenient.readDocument(new ByteArrayInputStream(input)));
    reads.put("strict ndjson", input -> lines(strict.ndjsonReader(new StringReader(utf8(input)))));
    reads.put("lenient ndjson bytes", input -> lines(lenient.ndjsonReader(new ByteArrayInputStream(input))));
  }

  /** @return every read of the codec on {@code backend} */
  static CodecReads on(String backend) {
    return ON.get(backend);
  }

  /**
   * @return each read's outcome by the read's name, in a stable order
   * @throws AssertionError when a read lets anything but our exception escape, or a format
   *     error has no line, column or path
   */
  Map<String, String> outcomes(byte[] input) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    reads.forEach((name, read) -> outcomes.put(name, outcome(name, read, input)));
    return outcomes;
  }

  private static String outcome(String name, Function<byte[], Object> read, byte[] input) {
    try {
      return String.valueOf(read.apply(input));
    } catch (BriefingException e) {
      return refusal(name, e, input);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError(name + " let " + e + " escape for input "
          + Printable.of(utf8(input)), e);
    }
  }

  private static String refusal(String name, BriefingException e, byte[] input) {
    String where = "";
    if (e instanceof BriefingFormatException) {
      Location at = ((BriefingFormatException) e).location();
      if (at == null || at.line().isEmpty() || at.column().isEmpty()) {
        throw new AssertionError(name + ": a format error must say where it is, but had "
            + at + ": " + e.getMessage() + "\ninput: " + Printable.of(utf8(input)), e);
      }
      where = " line " + at.line().getAsInt() + ", column " + at.column().getAsInt()
          + ", path " + at.path().orElse("none");
    }
    return e.getClass().getSimpleName() + where + ": " + e.getMessage();
  }

  /** Reads every line, as a batch job would, until the first bad one. */
  private static List<Briefing> lines(NdjsonReader reader) {
    List<Briefing> all = new ArrayList<>();
    reader.forEachRemaining(all::add);
    return all;
  }

  private static String utf8(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }
}
