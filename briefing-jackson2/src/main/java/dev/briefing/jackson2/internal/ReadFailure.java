package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * What a Jackson 2 parser's failure means to the codec. The one piece of the shared {@code
 * ParserReader} template that differs by more than names: Jackson 2 throws checked exceptions,
 * its complaints and the stream's own failures alike.
 */
final class ReadFailure {

  private ReadFailure() {}

  /** @return the stream's own failure, to throw; throws Jackson's complaint in our words */
  static IOException of(IOException e, JsonParser p) {
    if (e instanceof JsonProcessingException) {
      throw Failures.translate((JsonProcessingException) e, p);
    }
    if (e instanceof CharConversionException) {
      throw Failures.translate((CharConversionException) e, p);
    }
    return e;
  }
}
