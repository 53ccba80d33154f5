package dev.briefing.core.format;

import dev.briefing.core.BriefingException;

/**
 * A conversion would have written something it cannot stand behind: invalid briefings, or
 * several briefings into a format that holds one. Nothing was put in place of a target file.
 *
 * <pre>{@code
 * try {
 *   converter.convert(Path.of("batch.ndjson"), Path.of("all.html"));
 * } catch (ConversionRefusedException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class ConversionRefusedException extends BriefingException {
  private static final long serialVersionUID = 1L;

  /** @param message what would have been wrong with the output, and what to do instead */
  public ConversionRefusedException(String message) {
    super(message);
  }
}
