package dev.briefing.core;

import dev.briefing.core.internal.message.ControlEscape;

/**
 * The root of every exception this library throws for bad input or failed output.
 *
 * <p>Every message is safe to print on a terminal, whatever input it quotes: control characters,
 * bidirectional formatting characters and lone surrogates appear as {@code \u001B}-style text
 * (docs/security.md, "Messages"). Subclasses, in any module, get this from the constructors here.
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
    super(ControlEscape.escape(message));
  }

  /**
   * @param message what went wrong, where, and how to fix it
   * @param cause the underlying failure
   */
  public BriefingException(String message, Throwable cause) {
    super(ControlEscape.escape(message), cause);
  }
}
