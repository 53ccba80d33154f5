package dev.briefing.jackson3.internal;

import java.io.IOException;
import tools.jackson.core.exc.JacksonIOException;

/** Jackson 3 wraps a failing stream in an unchecked exception; the codec reports the stream's own. */
final class IoFailures {

  private IoFailures() {}

  /** @return the stream's failure, to throw; rethrows {@code e} itself when it wraps none */
  static IOException unwrap(JacksonIOException e) {
    if (e.getCause() instanceof IOException) {
      return (IOException) e.getCause();
    }
    throw e;
  }
}
