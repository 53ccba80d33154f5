package dev.briefing.spring.boot;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.spring.ReadFailureTranslator;
import dev.briefing.spring.internal.JsonPathBuilder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Gives a Jackson 3 parse or binding failure, in a body of the application's own type, its
 * line, column and JSON path, such as {@code line 2, column 7 at $.id: Unexpected character
 * (',' (code 44)): expected a value}.
 *
 * <pre>{@code
 * new Jackson3ReadFailures().translate(jacksonException)
 *     .ifPresent(e -> log.info(e.location().describe()));
 * }</pre>
 */
public final class Jackson3ReadFailures implements ReadFailureTranslator {

  /** Holds no state. */
  public Jackson3ReadFailures() {}

  @Override
  public Optional<BriefingFormatException> translate(Throwable failure) {
    if (!(failure instanceof JacksonException e)) {
      return Optional.empty();
    }
    Location where = Location.unknown();
    TokenStreamLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      where = where.withLine(at.getLineNr()).withColumn(Math.max(at.getColumnNr(), 1));
    }
    return Optional.of(new BriefingFormatException(where.withPath(path(e)), e.getOriginalMessage(), e));
  }

  private static String path(JacksonException e) {
    JsonPathBuilder path = new JsonPathBuilder();
    if (e.getPath().isEmpty() && e instanceof StreamReadException read && read.processor() != null) {
      // A syntax error has no binding path; the parser's context at the error is the same place.
      Deque<TokenStreamContext> contexts = new ArrayDeque<>();
      for (TokenStreamContext c = read.processor().streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
        contexts.push(c);
      }
      for (TokenStreamContext c : contexts) {
        if (c.inArray()) {
          path.index(Math.max(c.getCurrentIndex(), 0));
        } else if (c.currentName() != null) {
          path.name(c.currentName());
        }
      }
      return path.toString();
    }
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.name(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.index(reference.getIndex());
      }
    }
    return path.toString();
  }
}
