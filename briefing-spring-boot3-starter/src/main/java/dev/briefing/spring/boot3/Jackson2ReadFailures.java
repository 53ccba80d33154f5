package dev.briefing.spring.boot3;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.spring.ReadFailureTranslator;
import dev.briefing.spring.internal.FailurePlace;
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
    FailurePlace place = new FailurePlace();
    JsonLocation at = e.getLocation();
    if (at != null) {
      place.at(at.getLineNr(), at.getColumnNr());
    }
    if (e instanceof JsonMappingException mapping) {
      place.rooted();
      mapping.getPath().forEach(step -> place.step(step.getFieldName(), step.getIndex()));
    } else if (e instanceof JsonParseException parse && parse.getProcessor() != null) {
      place.contexts(parse.getProcessor().getParsingContext(), JsonStreamContext::getParent,
          JsonStreamContext::inRoot, JsonStreamContext::inArray, JsonStreamContext::getCurrentIndex,
          JsonStreamContext::getCurrentName);
    }
    return Optional.of(place.failure(e.getOriginalMessage(), e));
  }
}
