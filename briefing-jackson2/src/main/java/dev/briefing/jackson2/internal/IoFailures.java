package dev.briefing.jackson2.internal;

import java.io.IOException;

/**
 * Jackson 2 throws a failing stream's own exception, so the codec reports it as it is; the
 * shared {@code GeneratorWriter} template asks here, as it asks Jackson 3's counterpart to
 * unwrap one.
 */
final class IoFailures {

  private IoFailures() {}

  /** @return {@code e}, to throw */
  static IOException unwrap(IOException e) {
    return e;
  }
}
