package dev.briefing.jackson3.internal;

import java.io.CharConversionException;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;

/**
 * What a Jackson 3 parser's failure means to the codec. The one piece of the shared {@code
 * ParserReader} template that differs by more than names: Jackson 3 throws unchecked
 * exceptions and wraps a failing stream's own in a {@link JacksonIOException}.
 */
final class ReadFailure {

  private ReadFailure() {}

  /** @return the stream's own failure, to throw; throws Jackson's complaint in our words */
  static IOException of(JacksonException e, JsonParser p) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      IOException cause = (IOException) e.getCause();
      if (cause instanceof CharConversionException) {
        throw Failures.translate((CharConversionException) cause, p);
      }
      return cause;
    }
    throw Failures.translate(e, p);
  }
}
