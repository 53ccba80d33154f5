package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.internal.convert.AtomicFile;
import dev.briefing.core.internal.convert.ContentSniffer;
import dev.briefing.core.internal.convert.NamedInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Converts briefings between any two registered formats, one briefing at a time: a batch (an
 * NDJSON stream, or many files) flows through in constant memory, never collected in a list.
 * Immutable and thread-safe.
 *
 * <p>When no source format is given, it is taken from the file extension (the longest one a
 * format has), or else told from the content by the formats' probes ({@link
 * FormatRegistry#sniff(CharSequence)}): with the built-in formats, a first line starting with
 * '{' is {@code json} ({@code ndjson} when the next non-blank line starts with '{' too),
 * {@code '<'} is {@code html}, a '#' heading is {@code markdown}, anything else {@code text}.
 *
 * <pre>{@code
 * Converter converter = Converter.using(FormatRegistry.loadDefault());
 * converter.convert(Path.of("signal.txt"), Path.of("signal.html"));      // formats by extension
 * converter.convert(reader, "markdown", writer, "json");                  // named formats
 * long count = converter.convert(reader, writer, "ndjson");               // source told from content
 * try (Stream<Briefing> all = converter.read(List.of(a, b, c))) {         // many inputs, lazily
 *   converter.write(all, Path.of("all.ndjson"), "ndjson");
 * }
 * }</pre>
 *
 * <p>Every input is read with its parser's {@link BriefingParser#readAll(Reader)}, so a
 * many-document format (one whose {@link BriefingFormat#multiDocument()} is true, such as
 * {@code ndjson}, or any registered format that says so) streams document by document whatever
 * its name. Several briefings written to a single-document format (such as {@code html}) follow
 * one another in the output; write a many-document format to keep a batch readable as a batch.
 */
public final class Converter {

  private final FormatRegistry formats;

  private Converter(FormatRegistry formats) {
    this.formats = Objects.requireNonNull(formats, "formats");
  }

  /**
   * @param formats the formats to read and write
   * @return a converter over those formats
   */
  public static Converter using(FormatRegistry formats) {
    return new Converter(formats);
  }

  /** @return a converter over every format found with {@link FormatRegistry#loadDefault()} */
  public static Converter standard() {
    return new Converter(FormatRegistry.loadDefault());
  }

  /** @return the formats this converter reads and writes */
  public FormatRegistry formats() {
    return formats;
  }

  /**
   * Tells the format of an input from its content alone.
   *
   * @param in the input; must support {@link BufferedReader#mark(int)}; nothing is consumed
   * @return the registered format the content looks like most
   * @throws UnknownFormatException when no registered format recognises it, or two alike
   */
  public BriefingFormat sniff(BufferedReader in) {
    return formats.sniff(ContentSniffer.head(in))
        .orElseThrow(() -> new UnknownFormatException("No format recognises the input; name its format",
            formats.names()));
  }

  /**
   * Tells the format of a named input: by the file name's extension when a registered format
   * has it, otherwise from the content.
   *
   * @param fileName the input's file name or path
   * @param in the input; must support {@link BufferedReader#mark(int)}; nothing is consumed
   * @return the format
   * @throws UnknownFormatException when no registered format recognises the content
   */
  public BriefingFormat detect(String fileName, BufferedReader in) {
    try {
      return formats.forFileName(fileName);
    } catch (UnknownFormatException unknownExtension) {
      return sniff(in);
    }
  }

  /**
   * Reads every briefing in the input, lazily.
   *
   * @param in the input; not closed
   * @param from the source format's name
   * @return the briefings in input order; parse errors surface while it is consumed
   * @throws UnknownFormatException when {@code from} is unknown or cannot be read
   */
  public Stream<Briefing> read(Reader in, String from) {
    return formats.parser(from).readAll(in).map(ParseResult::briefing);
  }

  /**
   * Reads every briefing in the input, lazily, telling its format from the content.
   *
   * @param in the input; not closed
   * @return the briefings in input order
   */
  public Stream<Briefing> read(Reader in) {
    BufferedReader buffered = buffered(in);
    return read(buffered, sniff(buffered).name());
  }

  /**
   * Reads every briefing in a UTF-8 file, lazily, telling its format from the extension or
   * the content. Errors name the file. Close the stream to close the file.
   *
   * @param file the file
   * @return the briefings in file order
   * @throws BriefingIOException when the file cannot be opened
   */
  public Stream<Briefing> read(Path file) {
    return open(file, null);
  }

  /**
   * Reads every briefing in a UTF-8 file in the named format, lazily. Errors name the file.
   * Close the stream to close the file.
   *
   * @param file the file
   * @param from the source format's name
   * @return the briefings in file order
   */
  public Stream<Briefing> read(Path file, String from) {
    return open(file, Objects.requireNonNull(from, "from"));
  }

  /**
   * Reads every briefing in several files, one file after another, each opened only when the
   * previous one is done. Close the stream to close the file being read.
   *
   * @param files the files, each in the format its extension or content says
   * @return the briefings in order
   */
  public Stream<Briefing> read(List<Path> files) {
    return List.copyOf(files).stream().flatMap(this::read);
  }

  private Stream<Briefing> open(Path file, String from) {
    BufferedReader in;
    try {
      in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BriefingIOException("Could not open " + file, e);
    }
    try {
      String format = from != null ? from : detect(file.toString(), in).name();
      return NamedInput.name(read(in, format), file.toString()).onClose(() -> close(in, file));
    } catch (BriefingFormatException e) {
      // A single-document parser reads eagerly, before the stream could name the file.
      close(in, file);
      throw e.location().input().isPresent() ? e : NamedInput.withName(e, file.toString());
    } catch (RuntimeException e) {
      close(in, file);
      throw e;
    }
  }

  /**
   * Writes every briefing in order as one output, between the renderer's prologue and
   * epilogue ({@link BriefingRenderer#renderAll}), consuming and closing the stream.
   *
   * @param briefings the briefings
   * @param out where to write; not closed
   * @param to the target format's name
   * @return how many briefings were written
   * @throws UnknownFormatException when {@code to} is unknown or cannot be written
   * @throws BriefingIOException when {@code out} fails
   */
  public long write(Stream<Briefing> briefings, Appendable out, String to) {
    return formats.renderer(to).renderAll(briefings, out);
  }

  /**
   * Writes every briefing into a UTF-8 file, consuming and closing the stream. The file is
   * replaced only when everything was written; on failure it is left as it was.
   *
   * @param briefings the briefings
   * @param file the file to create or replace
   * @param to the target format's name
   * @return how many briefings were written
   */
  public long write(Stream<Briefing> briefings, Path file, String to) {
    formats.renderer(to);
    try (briefings) {
      return AtomicFile.write(file, out -> write(briefings, out, to));
    }
  }

  /**
   * Converts every briefing in the input.
   *
   * @param in the input; not closed
   * @param from the source format's name
   * @param out where to write; not closed
   * @param to the target format's name
   * @return how many briefings were converted
   * @throws BriefingException when the input is not in {@code from}, or a format is unknown
   */
  public long convert(Reader in, String from, Appendable out, String to) {
    formats.renderer(to); // fail on a bad target before reading anything
    return write(read(in, from), out, to);
  }

  /**
   * Converts every briefing in the input, telling its format from the content.
   *
   * @param in the input; not closed
   * @param out where to write; not closed
   * @param to the target format's name
   * @return how many briefings were converted
   */
  public long convert(Reader in, Appendable out, String to) {
    formats.renderer(to);
    return write(read(in), out, to);
  }

  /**
   * Converts a UTF-8 file into another, each format taken from its file's extension (the
   * input's from its content when the extension is unknown). The output is replaced only
   * when the whole conversion succeeded.
   *
   * @param in the input file
   * @param out the output file
   * @return how many briefings were converted
   * @throws UnknownFormatException when no writable format has the output's extension
   */
  public long convert(Path in, Path out) {
    String to = formats.forFileName(out.toString()).name();
    formats.renderer(to);
    return write(read(in), out, to);
  }

  /**
   * Converts a string from one format into another.
   *
   * @param text the input
   * @param from the source format's name
   * @param to the target format's name
   * @return the converted text
   */
  public String convert(String text, String from, String to) {
    StringBuilder out = new StringBuilder(text.length() + 256);
    convert(new StringReader(text), from, out, to);
    return out.toString();
  }

  private static BufferedReader buffered(Reader in) {
    return in instanceof BufferedReader && in.markSupported()
        ? (BufferedReader) in
        : new BufferedReader(in, ContentSniffer.WINDOW);
  }

  private static void close(Reader in, Path file) {
    try {
      in.close();
    } catch (IOException e) {
      throw new BriefingIOException("Could not close " + file, e);
    }
  }

  @Override
  public String toString() {
    return "Converter" + formats.names();
  }
}
