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
  final Writer stdout;
  final PrintWriter stderr;
  final boolean terminal;

  /** Show stack traces and what the parsers repaired. */
  boolean verbose;

  /** The input being read, named in errors whose location does not name one. */
  String currentInput = "input";

  private Converter converter;

  Context(InputStream stdin, Writer stdout, PrintWriter stderr, boolean terminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.terminal = terminal;
  }

  Converter converter() {
    if (converter == null) {
      converter = Converter.using(FormatRegistry.loadDefault());
    }
    return converter;
  }

  FormatRegistry formats() {
    return converter().formats();
  }
}
