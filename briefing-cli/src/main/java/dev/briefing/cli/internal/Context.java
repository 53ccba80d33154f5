package dev.briefing.cli.internal;

import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What every command shares for one run: the standard streams, the formats, and the flags
 * that change how errors are shown. The formats are loaded on first use, so {@code --help}
 * and {@code --version} do not pay for them.
 */
final class Context {

  final InputStream stdin;
  /** The converted output, written as the formats make it. */
  final Writer stdout;
  /** Messages on standard output, with control characters escaped. */
  final PrintWriter messages;
  /** Standard error, with control characters escaped: every message goes here. */
  final PrintWriter stderr;
  /** Standard error as it is, for the progress display's carriage returns alone. */
  final PrintWriter terminalErr;
  final boolean terminal;
  private final ClosedPipe stdoutPipe;

  /** Show stack traces. */
  boolean verbose;

  /** Tells where a conversion is, so that an error ending it names the input and briefing. */
  Reporter reporter;

  private FormatRegistry formats;

  Context(InputStream stdin, Writer stdout, ClosedPipe stdoutPipe, PrintWriter stderr, PrintWriter terminalErr,
      boolean terminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stdoutPipe = stdoutPipe;
    this.messages = new PrintWriter(new EscapingWriter(stdout));
    this.stderr = stderr;
    this.terminalErr = terminalErr;
    this.terminal = terminal;
  }

  /** @param formats the formats the command uses from now on, such as with its own feed options */
  void formats(FormatRegistry formats) {
    this.formats = formats;
  }

  FormatRegistry formats() {
    if (formats == null) {
      formats = FormatRegistry.loadDefault();
    }
    return formats;
  }

  /**
   * @param lenient whether the parsers tolerate what they can, with warnings
   * @return a converter over the formats, its built-in parsers as asked
   */
  Converter converter(boolean lenient) {
    return Converter.using(ReadingFormats.of(formats(), lenient));
  }

  /** @return whether standard output was closed by its reader, as {@code | head -1} does */
  boolean stdoutClosed() {
    return stdoutPipe.closed();
  }

  /** @return the input being read when something failed */
  String currentInput() {
    return reporter == null ? "input" : reporter.input();
  }
}
