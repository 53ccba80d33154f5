package dev.briefing.cli.internal;

import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.Violation;
import java.nio.charset.CharacterCodingException;

/**
 * Turns failures into the one-line form compilers use, which editors and {@code grep}
 * understand: {@code file:line:column: problem}, or {@code file: $.json.path: problem}.
 */
final class Problems {

  /** What is wrong with input whose bytes are not UTF-8. */
  static final String NOT_UTF8 = "not UTF-8 text; convert it to UTF-8 first";

  private Problems() {}

  /**
   * @param e a format error
   * @param input the input's name when the location does not carry one
   * @return {@code file:line:column: [$.path: ]problem}
   */
  static String describe(BriefingFormatException e, String input) {
    return describe(e, input, 0);
  }

  /**
   * @param e a format error
   * @param input the input's name when the location does not carry one
   * @param record the 1-based number of the briefing in a many-document input, or 0
   * @return {@code file:line:column: [briefing N: ][$.path: ]problem}
   */
  static String describe(BriefingFormatException e, String input, long record) {
    Location location = e.location();
    StringBuilder line = new StringBuilder(location.input().orElse(input));
    location.line().ifPresent(number -> line.append(':').append(number));
    location.column().ifPresent(column -> {
      if (location.line().isPresent()) {
        line.append(':').append(column);
      }
    });
    line.append(": ");
    if (record > 0) {
      line.append("briefing ").append(record).append(": ");
    }
    location.path().ifPresent(path -> line.append(path).append(": "));
    if (location.section().isPresent() && location.line().isEmpty()) {
      line.append("in ").append(location.section().get()).append(": ");
    }
    return line.append(e.problem()).toString();
  }

  /**
   * @param e any failure of this library
   * @param input the input being read when it happened
   * @return the failure in one line
   */
  static String describe(BriefingException e, String input) {
    return e instanceof BriefingFormatException
        ? describe((BriefingFormatException) e, input)
        : e.getMessage();
  }

  /**
   * @param violation a broken rule
   * @param input the input's name
   * @param record the 1-based number of the briefing in a multi-briefing input, or 0
   * @return {@code file: [briefing N: ]$.path: message}
   */
  static String describe(Violation violation, String input, long record) {
    StringBuilder line = new StringBuilder(input).append(": ");
    if (record > 0) {
      line.append("briefing ").append(record).append(": ");
    }
    line.append(violation.path().isEmpty() ? "$" : "$." + violation.path()).append(": ");
    return line.append(violation.message()).toString();
  }

  /**
   * @param e a failure
   * @return whether it comes from input bytes that are not UTF-8
   */
  static boolean isNotUtf8(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }
}
