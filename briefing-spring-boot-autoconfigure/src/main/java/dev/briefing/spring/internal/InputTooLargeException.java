package dev.briefing.spring.internal;

import java.io.IOException;

/** A request body is larger than {@code briefing.max-input-size}; answered with 413. */
public final class InputTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * @param limit the most bytes a body may have
   */
  public InputTooLargeException(long limit) {
    super("the request body is larger than the limit of " + limit
        + " bytes (briefing.max-input-size)");
    this.limit = limit;
  }

  /** @return the most bytes a body may have */
  public long limit() {
    return limit;
  }
}
