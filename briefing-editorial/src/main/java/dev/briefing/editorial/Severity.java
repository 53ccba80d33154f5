package dev.briefing.editorial;

/**
 * How much a lint finding matters: {@code ERROR} breaks an editorial standard (the command line
 * then exits with 1), {@code WARNING} asks for a look, {@code OFF} turns a rule off.
 *
 * <pre>{@code
 * BriefingLint lint = BriefingLint.standard().withSeverity(LintRule.VAGUE_SOURCE, Severity.ERROR);
 * }</pre>
 */
public enum Severity {
  /** The rule is not run. */
  OFF,
  /** Worth a look; does not fail a lint. */
  WARNING,
  /** Breaks an editorial standard; fails a lint. */
  ERROR;

  /** @return the severity in lower case, as reports write it */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
