package dev.briefing.spring.boot3;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.spring.ReadFailureTranslator;
import dev.briefing.spring.internal.JsonPathBuilder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Gives a Jackson 2 parse or binding failure, in a body of the application's own type, its
 * line, column and JSON path, such as {@code line 1, column 9 at $.briefing: Unexpected
 * character ('}' (code 125)): expected a value}.
 *
 * <pre>{@code
 * new Jackson2ReadFailures().translate(jsonMappingException)
 *     .ifPresent(e -> log.info(e.location().describe()));
 * }</pre>
 */
public final class Jackson2ReadFailures implements ReadFailureTranslator {

  /** Holds no state. */
  public Jackson2ReadFailures() {}

  @Override
  public Optional<BriefingFormatException> translate(Throwable failure) {
    if (!(failure instanceof JsonProcessingException e)) {
      return Optional.empty();
    }
    Location where = Location.unknown();
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      where = where.withLine(at.getLineNr()).withColumn(Math.max(at.getColumnNr(), 1));
    }
    String path = path(e);
    if (path != null) {
      where = where.withPath(path);
    }
    return Optional.of(new BriefingFormatException(where, e.getOriginalMessage(), e));
  }

  private static String path(JsonProcessingException e) {
    JsonPathBuilder path = new JsonPathBuilder();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.name(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.index(reference.getIndex());
        }
      }
      return path.toString();
    }
    if (e instanceof JsonParseException parse && parse.getProcessor() != null) {
      // A syntax error has no binding path; the parser's context at the error is the same place.
      Deque<JsonStreamContext> contexts = new ArrayDeque<>();
      for (JsonStreamContext c = parse.getProcessor().getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
        contexts.push(c);
      }
      for (JsonStreamContext c : contexts) {
        if (c.inArray()) {
          path.index(Math.max(c.getCurrentIndex(), 0));
        } else if (c.getCurrentName() != null) {
          path.name(c.getCurrentName());
        }
      }
      return path.toString();
    }
    return null;
  }
}
