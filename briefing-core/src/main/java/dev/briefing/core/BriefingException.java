package dev.briefing.core;

/**
 * The root of every exception this library throws for bad input or failed output.
 *
 * <p>Catch this type to handle any briefing failure in one place; catch a subtype
 * ({@link BriefingFormatException}, {@link BriefingValidationException},
 * {@link UnknownFormatException}, {@link BriefingIOException}) to react to one kind.
 *
 * <pre>{@code
 * try {
 *   BriefingValidator.standard().requireValid(briefing);
 * } catch (BriefingException e) {
 *   log.warn(e.getMessage());
 * }
 * }</pre>
 */
public class BriefingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong, where, and how to fix it
   */
  public BriefingException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong, where, and how to fix it
   * @param cause the underlying failure
   */
  public BriefingException(String message, Throwable cause) {
    super(message, cause);
  }
}
