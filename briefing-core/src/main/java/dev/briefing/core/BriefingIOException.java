package dev.briefing.core;

import java.io.IOException;

/**
 * Reading or writing the caller's stream failed; the cause is the original {@link IOException}.
 *
 * <pre>{@code
 * try {
 *   renderer.render(briefing, writer);
 * } catch (BriefingIOException e) {
 *   IOException original = e.getCause();
 * }
 * }</pre>
 */
public final class BriefingIOException extends BriefingException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was being read or written
   * @param cause the I/O failure
   */
  public BriefingIOException(String message, IOException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
