package dev.briefing.core.format;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Violation;
import dev.briefing.core.internal.convert.AtomicFile;
import dev.briefing.core.internal.convert.NamedInput;
import java.io.BufferedReader;
import java.io.Flushable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.stream.Stream;

/**
 * One batch: inputs added one after another, each briefing read, checked against the model's
 * rules (unless the converter was made {@linkplain Converter#validating(boolean) not to}) and
 * written, one at a time, so memory does not grow with the batch. Made by {@link
 * Converter#into(Path, String)}, {@link Converter#into(Appendable, String)} or {@link
 * Converter#check()}. Not thread-safe.
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

  private final Converter converter;
  private final BriefingFormat target;
  private final BriefingRenderer renderer;
  private final Appendable out;
  private final AtomicFile file;
  private final ConversionReport.Builder report = ConversionReport.builder();
  private BriefingValidator validator;
  private InputReport.Builder current;
  private long written;
  private long invalid;
  private boolean begun;
  private boolean finished;

  Conversion(Converter converter, BriefingFormat target, Appendable out, AtomicFile file) {
    this.converter = converter;
    this.target = target;
    this.renderer = target == null ? null : target.renderer().orElseThrow();
    this.out = out;
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
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
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
    requireOpen();
    current = InputReport.builder().input(name);
    InputReport done;
    try {
      BufferedReader buffered = Converter.buffered(in);
      BriefingFormat format = from != null ? converter.formats().byName(from) : converter.detect(name, buffered);
      BriefingParser parser = converter.formats().parser(format.name());
      converter.listener().started(name, format);
      readAll(parser, format.multiDocument(), buffered, name);
    } catch (BriefingFormatException e) {
      throw e.location().input().isPresent() ? e : NamedInput.withName(e, name);
    } catch (UncheckedIOException e) {
      throw new BriefingIOException("Could not read " + name, e.getCause());
    } finally {
      done = current.build();
      report.addInputs(done);
      current = null;
    }
    return done;
  }

  private void readAll(BriefingParser parser, boolean multiDocument, BufferedReader in, String name) {
    long[] documents = {0};
    OptionalInt lastBadLine = OptionalInt.empty();
    try (Stream<ParseResult> results = parser.readAll(in)) {
      Spliterator<ParseResult> each = results.spliterator();
      while (true) {
        try {
          if (!each.tryAdvance(result -> accept(name, result.withDocument(++documents[0])))) {
            return;
          }
        } catch (BriefingFormatException e) {
          // A many-document parser reports a briefing that broke a rule as a format error at
          // its line and goes on with the next; a stuck one would repeat the same line.
          if (!(e.getCause() instanceof BriefingValidationException) || !multiDocument
              || (lastBadLine.isPresent() && lastBadLine.equals(e.location().line()))) {
            throw e;
          }
          lastBadLine = e.location().line();
          rejected(name, ++documents[0], ((BriefingValidationException) e.getCause()).violations());
        }
      }
    } catch (BriefingValidationException e) {
      // A single-document parser that validates as it reads.
      rejected(name, ++documents[0], e.violations());
    }
  }

  private void accept(String name, ParseResult result) {
    current.documents(result.document());
    count(result);
    converter.listener().read(name, result);
    if (converter.isValidating()) {
      List<Violation> violations = validator().validate(result.briefing());
      if (!violations.isEmpty()) {
        rejected(name, result.document(), violations);
        return;
      }
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
    renderer.render(result.briefing(), output());
    written++;
  }

  private Appendable output() {
    return out != null ? out : file.writer();
  }

  /** The renderer's prologue, once per output, before the first briefing or at the end of an empty batch. */
  private void begin() throws IOException {
    begun = true;
    renderer.renderPrologue(output());
  }

  private void count(ParseResult result) {
    InputReport sofar = current.build();
    current.repairCount(sofar.repairCount() + result.repairs().size())
        .warningCount(sofar.warningCount() + result.warnings().size());
    result.repairs().stream().limit(Math.max(0, InputReport.KEPT - sofar.repairs().size())).forEach(current::addRepairs);
    result.warnings().stream().limit(Math.max(0, InputReport.KEPT - sofar.warnings().size())).forEach(current::addWarnings);
  }

  private void rejected(String name, long document, List<Violation> violations) {
    current.documents(document).invalid(current.build().invalid() + 1);
    invalid++;
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
    } else if (out instanceof Flushable) {
      try {
        ((Flushable) out).flush();
      } catch (IOException e) {
        throw new BriefingIOException("Could not write the output", e);
      }
    }
    return report();
  }

  /** Ends the batch; a file target not {@linkplain #finish() finished} is left as it was. */
  @Override
  public void close() {
    finished = true;
    if (file != null) {
      file.close();
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
