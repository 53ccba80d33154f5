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
import java.io.InputStream;
import java.io.OutputStream;
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
 * Each briefing is checked against the model's rules before it is written, and an invalid one
 * is refused ({@link #validating(boolean)} turns that off). Every conversion returns a {@link
 * ConversionReport}: how many briefings each input held, and what its parser repaired and
 * warned about. {@link #withThreads(int)} converts a many-document input on several threads,
 * with the same output. Immutable and thread-safe.
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
 * ConversionReport report = converter.convert(reader, writer, "ndjson");  // source told from content
 * try (Conversion batch = converter.into(Path.of("all.ndjson"), "ndjson")) {
 *   batch.add(a);
 *   batch.add(b);
 *   report = batch.finish();                                              // replaced only now
 * }
 * }</pre>
 *
 * <p>Every input is read with its parser's {@link BriefingParser#readAll(Reader)}, so a
 * many-document format (one whose {@link BriefingFormat#multiDocument()} is true, such as
 * {@code ndjson}, or any registered format that says so) streams document by document whatever
 * its name. Several briefings are refused by a single-document target format (such as
 * {@code json} or {@code html}), whose output could not be read back as a batch.
 */
public final class Converter {

  /** How many lines at most a thread is handed at once; {@link #window()} holds two batches a thread. */
  static final int BATCH_LINES = 16;

  private final FormatRegistry formats;
  private final boolean validating;
  private final ConversionListener listener;
  private final int threads;

  private Converter(FormatRegistry formats, boolean validating, ConversionListener listener, int threads) {
    this.formats = Objects.requireNonNull(formats, "formats");
    this.validating = validating;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.threads = threads;
  }

  /**
   * @param formats the formats to read and write
   * @return a validating converter over those formats
   */
  public static Converter using(FormatRegistry formats) {
    return new Converter(formats, true, ConversionListener.NONE, 1);
  }

  /** @return a validating converter over every format found with {@link FormatRegistry#loadDefault()} */
  public static Converter standard() {
    return using(FormatRegistry.loadDefault());
  }

  /**
   * @param validating false to write briefings that break the model's rules; default true
   * @return a converter that does or does not check each briefing before writing it
   */
  public Converter validating(boolean validating) {
    return new Converter(formats, validating, listener, threads);
  }

  /** @return whether each briefing is checked before it is written */
  public boolean isValidating() {
    return validating;
  }

  /**
   * @param listener hears about each briefing as it is read, and each invalid one
   * @return a converter that tells {@code listener}
   */
  public Converter withListener(ConversionListener listener) {
    return new Converter(formats, validating, listener, threads);
  }

  /**
   * Converts on several threads: each briefing is read (when its parser reads {@linkplain
   * BriefingParser#linePerDocument() one line per document}, as NDJSON's does; otherwise reading
   * stays on the calling thread), checked and rendered on one of {@code threads} threads, and
   * written by the calling thread in input order, so the output, the report, the listener's
   * calls and the errors are those of one thread. At most {@link #window()} briefings are held
   * at once, however long the batch. Given bytes ({@link #convert(InputStream, String,
   * OutputStream, String)}, {@link #into(OutputStream, String)}, {@link Conversion#add(Path)}),
   * the calling thread only splits the input at its line ends and copies pages out: decoding
   * each line and encoding each page happen on the converting threads too, each thread handed
   * a batch of lines (up to 64 KiB, or sixteen lines) at a time.
   *
   * <pre>{@code
   * Converter converter = Converter.standard().withThreads(Runtime.getRuntime().availableProcessors());
   * converter.convert(Path.of("archive.ndjson"), Path.of("archive.html.ndjson"));
   * }</pre>
   *
   * @param threads how many threads convert; 1, the default, converts on the calling thread
   * @return a converter on that many threads
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public Converter withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new Converter(formats, validating, listener, threads);
  }

  /** @return how many threads convert */
  public int threads() {
    return threads;
  }

  /**
   * @return how many briefings a conversion on several threads holds at most, read and not
   *     yet written: thirty-two per thread, two batches of up to sixteen lines of a
   *     one-document-per-line byte input (one being converted, one waiting), so that no thread
   *     waits for work while the calling thread writes; briefings handed over one at a time
   *     (from characters, or a parser that does not read by lines) are four per thread
   */
  public int window() {
    return 2 * BATCH_LINES * threads;
  }

  /** @return who hears about each briefing */
  public ConversionListener listener() {
    return listener;
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
   * Starts a batch written to an output, such as standard output.
   *
   * @param out where to write; flushed by {@link Conversion#finish()}, not closed
   * @param to the target format's name
   * @return the batch; add inputs, then finish it
   * @throws UnknownFormatException when {@code to} is unknown or cannot be written
   */
  public Conversion into(Appendable out, String to) {
    return new Conversion(this, writable(to), Objects.requireNonNull(out, "out"), null);
  }

  /**
   * Starts a batch written to a byte output in UTF-8. On several threads each briefing is
   * encoded by the thread that rendered it, and this one only copies bytes, which a batch fed
   * from {@link Conversion#add(InputStream, String, String)} into a stream needs to use every
   * thread; an {@link Appendable} output is encoded by the thread that writes it.
   *
   * <pre>{@code
   * try (Conversion batch = converter.into(socket.getOutputStream(), "ndjson")) {
   *   batch.add(System.in, "-", "ndjson");
   *   batch.finish();
   * }
   * }</pre>
   *
   * @param out where to write; flushed by {@link Conversion#finish()}, not closed
   * @param to the target format's name
   * @return the batch; add inputs, then finish it
   * @throws UnknownFormatException when {@code to} is unknown or cannot be written
   */
  public Conversion into(OutputStream out, String to) {
    return new Conversion(this, writable(to), Objects.requireNonNull(out, "out"));
  }

  /**
   * Starts a batch written to a UTF-8 file, which is replaced only when the batch {@linkplain
   * Conversion#finish() finishes} with every briefing valid; on failure it is left as it was.
   * A symbolic link is followed; a file that is not a regular one (a device, a FIFO) is written
   * into, never replaced.
   *
   * @param file the file to create or replace
   * @param to the target format's name
   * @return the batch; add inputs, then finish it
   * @throws UnknownFormatException when {@code to} is unknown or cannot be written
   * @throws BriefingIOException when the file's directory is missing or cannot be written
   */
  public Conversion into(Path file, String to) {
    BriefingFormat target = writable(to);
    return new Conversion(this, target, null, AtomicFile.open(file));
  }

  /**
   * Starts a batch that reads and checks every briefing and writes none, as a validator does.
   *
   * @return the batch; add inputs, then finish it for the report
   */
  public Conversion check() {
    return new Conversion(validating ? this : validating(true), null, null, null);
  }

  /**
   * Converts every briefing in the input.
   *
   * @param in the input; not closed
   * @param from the source format's name
   * @param out where to write; not closed
   * @param to the target format's name
   * @return what was converted
   * @throws BriefingException when the input is not in {@code from}, or a format is unknown
   * @throws ConversionRefusedException when a briefing is invalid, or several go to a
   *     single-document format
   */
  public ConversionReport convert(Reader in, String from, Appendable out, String to) {
    return convert(in, Objects.requireNonNull(from, "from"), out, to, "input");
  }

  /**
   * Converts every briefing in the input, telling its format from the content.
   *
   * @param in the input; not closed
   * @param out where to write; not closed
   * @param to the target format's name
   * @return what was converted
   */
  public ConversionReport convert(Reader in, Appendable out, String to) {
    return convert(in, null, out, to, "-");
  }

  /**
   * Converts every briefing in a UTF-8 byte input into a UTF-8 byte output: on several threads,
   * the lines of a one-document-per-line input are decoded and the briefings encoded on those
   * threads ({@link #into(OutputStream, String)}).
   *
   * <pre>{@code
   * Converter.standard().withThreads(2).convert(System.in, "ndjson", System.out, "html");
   * }</pre>
   *
   * @param in the input; not closed
   * @param from the source format's name
   * @param out where to write; flushed, not closed
   * @param to the target format's name
   * @return what was converted
   * @throws BriefingException when the input is not in {@code from}, or a format is unknown
   * @throws ConversionRefusedException when a briefing is invalid, or several go to a
   *     single-document format
   */
  public ConversionReport convert(InputStream in, String from, OutputStream out, String to) {
    Objects.requireNonNull(from, "from");
    try (Conversion conversion = into(out, to)) {
      conversion.add(in, "input", from);
      return conversion.finish();
    }
  }

  private ConversionReport convert(Reader in, String from, Appendable out, String to, String name) {
    try (Conversion conversion = into(out, to)) {
      conversion.add(in, name, from);
      return conversion.finish();
    }
  }

  /**
   * Converts a UTF-8 file into another, each format taken from its file's extension (the
   * input's from its content when the extension is unknown). The output is replaced only
   * when the whole conversion succeeded.
   *
   * @param in the input file
   * @param out the output file
   * @return what was converted
   * @throws UnknownFormatException when no writable format has the output's extension
   */
  public ConversionReport convert(Path in, Path out) {
    try (Conversion conversion = into(out, formats.forFileName(out.toString()).name())) {
      conversion.add(in);
      return conversion.finish();
    }
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

  private BriefingFormat writable(String to) {
    formats.renderer(to);
    return formats.byName(to);
  }

  static BufferedReader buffered(Reader in) {
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
    return "Converter" + formats.names() + (validating ? "" : ", not validating")
        + (threads == 1 ? "" : ", " + threads + " threads");
  }
}
