package dev.briefing.editorial;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One lint finding: the rule's stable id, its severity, the JSON path of the part it is about,
 * what is wrong and how to fix it, and, for a briefing read from text, the line and column of
 * that part in the text (when it could be found there).
 *
 * <pre>{@code
 * Finding f = BriefingLint.standard().check(briefing).get(0);
 * f.rule();     // "vague-source"
 * f.path();     // "$.figures[0].source"
 * }</pre>
 *
 * @param rule the rule's id, such as {@code vague-source}
 * @param severity warning or error
 * @param path the JSON path of the part, such as {@code $.impacts[2].text}
 * @param message what is wrong, and how to fix it
 * @param line the line in the text the briefing was read from, counting from 1; empty when unknown
 * @param column the column of that line, counting from 1; empty when unknown
 */
public record Finding(String rule, Severity severity, String path, String message, OptionalInt line, OptionalInt column) {

  /** Checks that no part is null. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
  }

  /** @return this finding at a line and column of the text the briefing was read from */
  public Finding at(int line, int column) {
    return new Finding(rule, severity, path, message, OptionalInt.of(line), OptionalInt.of(column));
  }
}
