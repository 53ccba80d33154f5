package dev.briefing.cli.internal;

/** The exit statuses of the command, as documented in docs/cli.md. */
final class ExitCode {
  /** Done; for validate: every briefing is valid. */
  static final int OK = 0;
  /** The input is not a valid briefing, or a file could not be read or written. */
  static final int INVALID_INPUT = 1;
  /** The command line is wrong: unknown option, unknown format, missing argument. */
  static final int USAGE = 2;
  /** A bug: something failed that should not; rerun with --verbose for the stack trace. */
  static final int INTERNAL = 3;

  private ExitCode() {}
}
