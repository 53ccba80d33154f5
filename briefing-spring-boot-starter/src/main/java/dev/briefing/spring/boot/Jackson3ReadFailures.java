package dev.briefing.spring.boot;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.spring.ReadFailureTranslator;
import dev.briefing.spring.internal.FailurePlace;
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
    FailurePlace place = new FailurePlace().rooted();
    TokenStreamLocation at = e.getLocation();
    if (at != null) {
      place.at(at.getLineNr(), at.getColumnNr());
    }
    if (e.getPath().isEmpty() && e instanceof StreamReadException read && read.processor() != null) {
      place.contexts(read.processor().streamReadContext(), TokenStreamContext::getParent,
          TokenStreamContext::inRoot, TokenStreamContext::inArray, TokenStreamContext::getCurrentIndex,
          TokenStreamContext::currentName);
    } else {
      e.getPath().forEach(step -> place.step(step.getPropertyName(), step.getIndex()));
    }
    return Optional.of(place.failure(e.getOriginalMessage(), e));
  }
}
