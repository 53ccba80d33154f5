package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Violation;
import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.internal.convert.AtomicFile;
import dev.briefing.core.internal.convert.ContentSniffer;
import dev.briefing.core.internal.convert.EncodedOutput;
import dev.briefing.core.internal.convert.EncodedPages;
import dev.briefing.core.internal.convert.NamedInput;
import dev.briefing.core.internal.convert.OrderedWindow;
import dev.briefing.core.internal.convert.PageBuffers;
import dev.briefing.core.internal.lines.ByteLineReader;
import dev.briefing.core.internal.lines.LineBatch;
import dev.briefing.core.internal.lines.LineReader;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.stream.Stream;

/**
 * One batch: inputs added one after another, each briefing read, checked against the model's
 * rules (unless the converter was made {@linkplain Converter#validating(boolean) not to}) and
 * written, one at a time, so memory does not grow with the batch (on a converter {@linkplain
 * Converter#withThreads(int) with several threads}, a many-document input's briefings are read,
 * checked and rendered on those threads, a bounded window of them at once, and written here in
 * input order). Made by {@link Converter#into(Path, String)}, {@link Converter#into(Appendable,
 * String)}, {@link Converter#into(OutputStream, String)} or {@link Converter#check()}.
 * Used by one thread at a time.
 *
 * <p>The briefings of one output are written between the renderer's {@linkplain
 * BriefingRenderer#renderPrologue prologue} (before the first, or alone for an empty batch) and
 * its {@linkplain BriefingRenderer#renderEpilogue epilogue} (at {@link #finish()}), with its
 * {@linkplain BriefingRenderer#renderSeparator separator} between two: a CSV header once, a
 * JSON array's brackets.
 *
 * <p>An invalid briefing is reported to the listener and not written; reading goes on, so
 * that every invalid briefing of the batch is found, but nothing more is written, and {@link
 * #finish()} refuses to put a file in place. An input's syntax error ends that input; a file
 * target is then left as it was when the conversion is closed.
 *
 * <pre>{@code
 * try (Conversion batch = Converter.standard().into(Path.of("all.ndjson"), "ndjson")) {
 *   batch.add(Path.of("monday.json"));
 *   batch.add(Path.of("tuesday.md"));
 *   ConversionReport report = batch.finish();   // all.ndjson is replaced only now
 * }
 * }</pre>
 */
public final class Conversion implements AutoCloseable {

  /** How large the last briefing that each converting thread rendered was, with room to spare. */
  private static final ThreadLocal<int[]> RENDERED_SIZE = ThreadLocal.withInitial(() -> new int[] {4096});
  /**
   * The input a batch of lines for another thread holds, unless {@link Converter#BATCH_LINES}
   * lines come first: enough briefings that handing them over costs little beside converting them.
   */
  private static final int BATCH_BYTES = 1 << 16;

  private final Converter converter;
  private final BriefingFormat target;
  private final BriefingRenderer renderer;
  private final Appendable out;
  private final EncodedOutput bytes;
  private final AtomicFile file;
  private final ConversionReport.Builder report = ConversionReport.builder();
  private BriefingValidator validator;
  private InputReport.Builder current;
  /** Briefings of the current input so far, valid or not. */
  private long documents;
  private long invalidInInput;
  private long repairs;
  private long warnings;
  /** The line of the current input's last briefing that a many-document parser reported as breaking a rule. */
  private OptionalInt lastBadLine = OptionalInt.empty();
  /** Set at the first invalid briefing, after which nothing more is written: another thread then renders no more. */
  private volatile boolean refusing;
  private long written;
  private long invalid;
  private boolean begun;
  private boolean finished;
  /** The pages rendered on other threads, made when a conversion first runs on several. */
  private PageBuffers pages;
  /** The same pages' bytes, for a byte output. */
  private EncodedPages encodedPages;

  Conversion(Converter converter, BriefingFormat target, Appendable out, AtomicFile file) {
    this(converter, target, out, null, file);
  }

  Conversion(Converter converter, BriefingFormat target, OutputStream out) {
    this(converter, target, null, new EncodedOutput(out), null);
  }

  private Conversion(Converter converter, BriefingFormat target, Appendable out, EncodedOutput bytes, AtomicFile file) {
    this.converter = converter;
    this.target = target;
    this.renderer = target == null ? null : target.renderer().orElseThrow();
    this.out = out;
    this.bytes = bytes;
    this.file = file;
  }

  /**
   * Reads every briefing of a UTF-8 file, in the format its extension or content says.
   *
   * @param input the file
   * @return what the input held
   * @throws BriefingIOException when the file cannot be read
   * @throws BriefingFormatException at the input's first syntax error, naming the file
   */
  public InputReport add(Path input) {
    return add(input, null);
  }

  /**
   * Reads every briefing of a UTF-8 file in a named format.
   *
   * @param input the file
   * @param from the format's name, or null to tell it from the extension or the content
   * @return what the input held
   */
  public InputReport add(Path input, String from) {
    try (InputStream in = Files.newInputStream(input)) {
      return add(in, input.toString(), from);
    } catch (IOException e) {
      throw new BriefingIOException("Could not read " + input, e);
    }
  }

  /**
   * Reads every briefing of an input.
   *
   * @param in the input; not closed
   * @param name how reports and errors name the input; its extension, if a registered format
   *     has it, gives the format when {@code from} is null
   * @param from the format's name, or null to tell it from {@code name} or the content
   * @return what the input held
   * @throws BriefingFormatException at the input's first syntax error, naming the input
   * @throws BriefingIOException when the input fails
   */
  public InputReport add(Reader in, String name, String from) {
    return add(name, from, null, Objects.requireNonNull(in, "in"));
  }

  /**
   * Reads every briefing of a UTF-8 byte input; bytes that are not UTF-8 are refused at their
   * line. On a converter {@linkplain Converter#withThreads(int) with several threads}, an input
   * of one document per line is split into lines of bytes here and each line decoded, parsed,
   * checked and rendered on those threads, so that this thread only reads and writes.
   *
   * <pre>{@code
   * try (InputStream in = socket.getInputStream()) {
   *   batch.add(in, "feed", "ndjson");
   * }
   * }</pre>
   *
   * @param in the input; not closed
   * @param name how reports and errors name the input; its extension, if a registered format
   *     has it, gives the format when {@code from} is null
   * @param from the format's name, or null to tell it from {@code name} or the content
   * @return what the input held
   * @throws BriefingFormatException at the input's first syntax error, naming the input
   * @throws BriefingIOException when the input fails
   */
  public InputReport add(InputStream in, String name, String from) {
    return add(name, from, Objects.requireNonNull(in, "in"), null);
  }

  /** One of {@code stream} and {@code reader} is the input. */
  private InputReport add(String name, String from, InputStream stream, Reader reader) {
    requireOpen();
    current = InputReport.builder().input(name);
    documents = 0;
    invalidInInput = 0;
    repairs = 0;
    warnings = 0;
    lastBadLine = OptionalInt.empty();
    InputReport done;
    try {
      InputStream bytesIn = stream;
      BufferedReader buffered = reader == null ? null : Converter.buffered(reader);
      BriefingFormat format;
      if (from != null) {
        format = converter.formats().byName(from);
      } else if (buffered != null) {
        format = converter.detect(name, buffered);
      } else {
        bytesIn = new BufferedInputStream(stream, 1 << 16);
        format = detect(name, (BufferedInputStream) bytesIn);
      }
      BriefingParser parser = converter.formats().parser(format.name());
      converter.listener().started(name, format);
      OptionalLong maxLine = parser.linePerDocument();
      if (bytesIn != null && format.multiDocument() && maxLine.isPresent()) {
        ByteLineReader lines = new ByteLineReader(bytesIn, maxLine.getAsLong());
        if (converter.threads() > 1) {
          readBytesInParallel(parser, lines, name);
        } else {
          readBytes(parser, lines, name);
        }
      } else {
        readAll(parser, format.multiDocument(), buffered != null ? buffered : Converter.buffered(utf8(bytesIn)), name);
      }
    } catch (BriefingFormatException e) {
      throw e.location().input().isPresent() ? e : NamedInput.withName(e, name);
    } catch (UncheckedIOException e) {
      throw new BriefingIOException("Could not read " + name, e.getCause());
    } finally {
      done = current.documents(documents).invalid(invalidInInput).repairCount(repairs).warningCount(warnings).build();
      report.addInputs(done);
      current = null;
    }
    return done;
  }

  /** Decoded as {@link Files#newBufferedReader(Path)} decodes: bytes that are not UTF-8 are an error. */
  private static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** By the name's extension, or else from the first characters, read and then given back. */
  private BriefingFormat detect(String name, BufferedInputStream in) {
    try {
      return converter.formats().forFileName(name);
    } catch (UnknownFormatException unknownExtension) {
      // A character is at most four bytes, and the decoder reads ahead a buffer's worth.
      in.mark(4 * ContentSniffer.WINDOW + (1 << 14));
      BriefingFormat format = converter.sniff(new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8), ContentSniffer.WINDOW));
      try {
        in.reset();
      } catch (IOException e) {
        throw new BriefingIOException("Could not read the input to tell its format", e);
      }
      return format;
    }
  }

  private void readAll(BriefingParser parser, boolean multiDocument, BufferedReader in, String name) {
    if (converter.threads() > 1 && multiDocument) {
      // One document gains nothing from threads, and starting them costs a short run time.
      readInParallel(parser, multiDocument, in, name);
      return;
    }
    try (Stream<ParseResult> results = parser.readAll(in)) {
      Spliterator<ParseResult> each = results.spliterator();
      while (true) {
        try {
          if (!each.tryAdvance(result -> accept(name, result, checked(result.briefing()), null, null))) {
            return;
          }
        } catch (BriefingFormatException e) {
          if (!isRejection(e, multiDocument)) {
            throw e;
          }
          rejected(name, ((BriefingValidationException) e.getCause()).violations());
        }
      }
    } catch (BriefingValidationException e) {
      // A single-document parser that validates as it reads.
      rejected(name, e.violations());
    }
  }

  /**
   * Reads on the calling thread, or on the window's threads when each line is one document,
   * checks and renders on the window's threads, and writes each briefing here, in input order,
   * doing what one thread would at every step. A failure to read goes into the window too, so
   * that what came before it is written first.
   */
  private void readInParallel(BriefingParser parser, boolean multiDocument, BufferedReader in, String name) {
    validator();
    buffers();
    // Handed over one at a time, each may be a line as long as the limit, where a batch of bytes
    // is at most 64 KiB beside its last line: four a thread, not the whole window.
    int inFlight = Math.min(converter.window(), 4 * converter.threads());
    try (OrderedWindow<Done> window = new OrderedWindow<>(converter.threads(), inFlight,
        done -> done.writeTo(this, name))) {
      OptionalLong maxLine = parser.linePerDocument();
      if (maxLine.isPresent()) {
        readLinesInto(window, parser, new LineReader(in, maxLine.getAsLong(), false));
      } else {
        readAllInto(window, parser, multiDocument, in);
      }
      window.drain();
    }
  }

  /**
   * One line at a time, each decoded, read, checked, rendered and encoded as a thread of
   * {@link #readBytesInParallel} does it, so that one thread and many do the same at every step
   * (and find bytes that are not UTF-8 at their own line, not where a decoder reading ahead is).
   */
  private void readBytes(BriefingParser parser, ByteLineReader lines, String name) {
    buffers();
    while (lines.next()) {
      long number = lines.lineNumber();
      readLine(parser, lines.text(), (int) Math.min(Integer.MAX_VALUE, number)).writeTo(this, name);
    }
  }

  /**
   * As {@link #readInParallel} for lines, but this thread only finds the line ends and copies
   * the lines into batches: each batch's lines are decoded, parsed, checked, rendered and
   * encoded on one of the window's threads, in order, a batch being one task so that handing
   * lines over costs one task and one wake-up for many briefings.
   */
  private void readBytesInParallel(BriefingParser parser, ByteLineReader lines, String name) {
    validator();
    buffers();
    int batches = Math.max(1, converter.window() / Converter.BATCH_LINES);
    try (OrderedWindow<Done[]> window = new OrderedWindow<>(converter.threads(), batches,
        batch -> writeAll(batch, name))) {
      LineBatch batch = new LineBatch(Converter.BATCH_LINES, BATCH_BYTES);
      RuntimeException failure = null;
      while (true) {
        try {
          if (!lines.next()) {
            break;
          }
        } catch (RuntimeException e) {
          failure = e;
          break;
        }
        lines.copyTo(batch);
        if (batch.isFull()) {
          submit(window, parser, batch);
          batch = new LineBatch(Converter.BATCH_LINES, BATCH_BYTES);
        }
      }
      submit(window, parser, batch);
      if (failure != null) {
        window.submitResult(new Done[] {Done.failed(failure)});
      }
      window.drain();
    }
  }

  private void submit(OrderedWindow<Done[]> window, BriefingParser parser, LineBatch batch) {
    if (!batch.isEmpty()) {
      window.submit(() -> readBatch(parser, batch));
    }
  }

  /** Each line as {@link #readBytes} reads it; the first that fails ends the batch, as it ends the input. */
  private Done[] readBatch(BriefingParser parser, LineBatch batch) {
    Done[] done = new Done[batch.size()];
    for (int i = 0; i < done.length; i++) {
      long number = batch.lineNumber(i);
      try {
        done[i] = readLine(parser, batch.text(i), (int) Math.min(Integer.MAX_VALUE, number));
      } catch (RuntimeException e) {
        Done[] before = Arrays.copyOf(done, i + 1);
        before[i] = Done.failed(e);
        return before;
      }
    }
    return done;
  }

  private void writeAll(Done[] batch, String name) {
    for (Done done : batch) {
      done.writeTo(this, name);
    }
  }

  private void buffers() {
    if (pages == null) {
      // A buffer for each briefing the window holds, and one for each thread rendering the next.
      pages = new PageBuffers(converter.window() + converter.threads());
      encodedPages = bytes == null ? null : new EncodedPages(converter.window() + converter.threads());
    }
  }

  private void readLinesInto(OrderedWindow<Done> window, BriefingParser parser, LineReader lines) {
    while (true) {
      try {
        if (!lines.next()) {
          return;
        }
      } catch (RuntimeException e) {
        window.submitResult(Done.failed(e));
        return;
      }
      String text = lines.text();
      int line = (int) Math.min(Integer.MAX_VALUE, lines.lineNumber());
      window.submit(() -> readLine(parser, text, line));
    }
  }

  private void readAllInto(OrderedWindow<Done> window, BriefingParser parser, boolean multiDocument, BufferedReader in) {
    try (Stream<ParseResult> results = parser.readAll(in)) {
      Spliterator<ParseResult> each = results.spliterator();
      ParseResult[] next = {null};
      while (true) {
        try {
          if (!each.tryAdvance(result -> next[0] = result)) {
            return;
          }
        } catch (BriefingFormatException e) {
          if (!isRejection(e, multiDocument)) {
            window.submitResult(Done.failed(e));
            return;
          }
          window.submitResult(Done.rejected(((BriefingValidationException) e.getCause()).violations()));
          continue;
        } catch (BriefingValidationException e) {
          window.submitResult(Done.rejected(e.violations()));
          return;
        } catch (RuntimeException e) {
          window.submitResult(Done.failed(e));
          return;
        }
        ParseResult result = next[0];
        window.submit(() -> rendered(result));
      }
    }
  }

  /** One line read alone, its errors and warnings moved to the line it is on in the whole input. */
  private Done readLine(BriefingParser parser, String text, int line) {
    try {
      ParseResult result = parser.readLine(text);
      if (!result.warnings().isEmpty()) {
        result = result.withWarnings(result.warnings().stream()
            .map(w -> ParseWarning.of(w.location().withLine(line), w.message())).toList());
      }
      return rendered(result);
    } catch (BriefingFormatException e) {
      if (e.getCause() instanceof BriefingValidationException) {
        return Done.rejected(((BriefingValidationException) e.getCause()).violations());
      }
      throw new BriefingFormatException(e.location().withLine(line), e.problem(), e);
    } catch (BriefingValidationException e) {
      return Done.rejected(e.violations());
    }
  }

  /** Checked and, unless it broke a rule or nothing more is written, rendered. */
  private Done rendered(ParseResult result) {
    List<Violation> violations = checked(result.briefing());
    StringBuilder page = null;
    if (renderer != null && violations.isEmpty() && !refusing) {
      // A new buffer is sized by this thread's last briefing: a page grown from a small buffer is copied many times.
      page = pages.take(RENDERED_SIZE.get()[0]);
      renderer.render(result.briefing(), page);
      RENDERED_SIZE.get()[0] = Math.max(1024, Math.min(page.length() + page.length() / 4, 1 << 20));
      if (bytes != null) {
        // Encoded here, so that the writing thread only copies bytes.
        EncodedPages.Page encoded = encodedPages.encode(page);
        pages.giveBack(page);
        return new Done(result, violations, null, encoded, null);
      }
    }
    return new Done(result, violations, page, null, null);
  }

  private List<Violation> checked(Briefing briefing) {
    return converter.isValidating() ? validator().validate(briefing) : List.of();
  }

  /**
   * Whether a format error only rejects one briefing: a many-document parser reports a
   * briefing that broke a rule as a format error at its line and goes on with the next. Any
   * other format error ends the input, and so does a stuck parser's, which repeats the same line.
   */
  private boolean isRejection(BriefingFormatException e, boolean multiDocument) {
    if (!(e.getCause() instanceof BriefingValidationException) || !multiDocument
        || (lastBadLine.isPresent() && lastBadLine.equals(e.location().line()))) {
      return false;
    }
    lastBadLine = e.location().line();
    return true;
  }

  /**
   * A briefing read, checked and perhaps rendered on another thread; without a result, one
   * that broke a rule, or the failure that ends the input.
   */
  private record Done(ParseResult result, List<Violation> violations, StringBuilder rendered, EncodedPages.Page encoded,
      RuntimeException failure) {

    static Done rejected(List<Violation> violations) {
      return new Done(null, violations, null, null, null);
    }

    static Done failed(RuntimeException failure) {
      return new Done(null, List.of(), null, null, failure);
    }

    void writeTo(Conversion conversion, String name) {
      if (failure != null) {
        throw failure;
      }
      if (result == null) {
        conversion.rejected(name, violations);
      } else {
        try {
          conversion.accept(name, result, violations, rendered, encoded);
        } finally {
          if (rendered != null) {
            conversion.pages.giveBack(rendered);
          }
          if (encoded != null) {
            conversion.encodedPages.giveBack(encoded);
          }
        }
      }
    }
  }

  /**
   * @param violations the rules the briefing broke, when checked
   * @param rendered the briefing as the target format writes it, or null to render it here
   * @param encoded the same, in UTF-8 bytes for a byte output, or null
   */
  private void accept(String name, ParseResult read, List<Violation> violations, StringBuilder rendered,
      EncodedPages.Page encoded) {
    ParseResult result = read.withDocument(++documents);
    count(result);
    converter.listener().read(name, result);
    if (!violations.isEmpty()) {
      rejected(name, result.document(), violations);
      return;
    }
    if (renderer == null || invalid > 0) {
      // Past an invalid briefing, the output would have a hole: it is only checked from here on.
      return;
    }
    if (written == 1 && !target.multiDocument()) {
      throw new ConversionRefusedException("format '" + target.name() + "' holds one briefing, but there are more;"
          + " write a format that holds many" + manyDocumentFormats());
    }
    try {
      if (begun) {
        renderer.renderSeparator(output());
      } else {
        begin();
      }
    } catch (IOException e) {
      throw new BriefingIOException("Could not write the output", e);
    }
    if (encoded != null || rendered != null) {
      try {
        if (encoded != null) {
          bytes.write(encoded.bytes(), encoded.length());
        } else {
          pages.write(rendered, output());
        }
      } catch (IOException e) {
        throw new BriefingIOException("Could not write the briefing", e);
      }
    } else {
      renderer.render(result.briefing(), output());
    }
    written++;
  }

  private Appendable output() {
    return out != null ? out : bytes != null ? bytes.writer() : file.writer();
  }

  /** The renderer's prologue, once per output, before the first briefing or at the end of an empty batch. */
  private void begin() throws IOException {
    begun = true;
    renderer.renderPrologue(output());
  }

  /** Counted here, not in the report's builder, which would be built once per briefing to read its counts. */
  private void count(ParseResult result) {
    if (repairs < InputReport.KEPT) {
      result.repairs().stream().limit(InputReport.KEPT - repairs).forEach(current::addRepairs);
    }
    if (warnings < InputReport.KEPT) {
      result.warnings().stream().limit(InputReport.KEPT - warnings).forEach(current::addWarnings);
    }
    repairs += result.repairs().size();
    warnings += result.warnings().size();
  }

  private void rejected(String name, List<Violation> violations) {
    rejected(name, ++documents, violations);
  }

  private void rejected(String name, long document, List<Violation> violations) {
    invalidInInput++;
    invalid++;
    refusing = true;
    converter.listener().invalid(name, document, violations);
  }

  private String manyDocumentFormats() {
    List<String> names = converter.formats().formats().stream()
        .filter(f -> f.multiDocument() && f.renderer().isPresent())
        .map(BriefingFormat::name)
        .toList();
    return names.isEmpty() ? "" : ", such as " + String.join(" or ", names);
  }

  private BriefingValidator validator() {
    if (validator == null) {
      validator = BriefingValidator.standard();
    }
    return validator;
  }

  /** @return what was read and written so far */
  public ConversionReport report() {
    return report.written(written).build();
  }

  /**
   * Ends the batch: a file target is replaced now, when every briefing was valid.
   *
   * @return what the conversion did
   * @throws ConversionRefusedException when a briefing was invalid and there is an output
   * @throws BriefingIOException when the output cannot be written
   */
  public ConversionReport finish() {
    requireOpen();
    finished = true;
    if (invalid > 0 && renderer != null) {
      throw new ConversionRefusedException(invalid + (invalid == 1 ? " briefing is" : " briefings are")
          + " invalid; " + (file != null ? "nothing was written" : "the output stops before the first of them"));
    }
    if (renderer != null) {
      try {
        if (!begun) {
          begin();
        }
        renderer.renderEpilogue(output());
      } catch (IOException e) {
        throw new BriefingIOException("Could not write the output", e);
      }
    }
    if (file != null) {
      file.commit();
    } else if (bytes != null) {
      try {
        bytes.flush();
      } catch (IOException e) {
        throw new BriefingIOException("Could not write the output", e);
      }
    } else if (out instanceof Flushable) {
      try {
        ((Flushable) out).flush();
      } catch (IOException e) {
        throw new BriefingIOException("Could not write the output", e);
      }
    }
    return report();
  }

  /**
   * Ends the batch; a file target not {@linkplain #finish() finished} is left as it was, and a
   * byte output is flushed, holding what was written before a failure, as an {@link
   * Appendable} output holds it.
   */
  @Override
  public void close() {
    finished = true;
    if (file != null) {
      file.close();
    } else if (bytes != null) {
      try {
        bytes.flush();
      } catch (IOException e) {
        throw new BriefingIOException("Could not write the output", e);
      }
    }
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("the conversion is finished");
    }
  }

  @Override
  public String toString() {
    return "Conversion[" + (target == null ? "check" : target.name()) + ", " + report() + "]";
  }
}
