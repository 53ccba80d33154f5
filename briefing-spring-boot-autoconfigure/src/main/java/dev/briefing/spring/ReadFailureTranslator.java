package dev.briefing.spring;

import dev.briefing.core.BriefingFormatException;
import java.util.Optional;

/**
 * Says where a request body failed to parse when the failure is not the library's own: a
 * JSON syntax error in an application type read by Jackson, say. {@link BriefingProblemHandler}
 * asks every such bean about each cause of an unreadable body and answers the first it gets as
 * a 400 problem detail with line, column and JSON path. Each starter registers one for its
 * Jackson line.
 *
 * <pre>{@code
 * @Bean
 * ReadFailureTranslator yamlFailures() {
 *   return failure -> failure instanceof MarkedYamlEngineException e
 *       ? Optional.of(new BriefingFormatException(
 *           Location.at(e.getProblemMark().get().getLine() + 1, e.getProblemMark().get().getColumn() + 1),
 *           e.getProblem()))
 *       : Optional.empty();
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ReadFailureTranslator {

  /**
   * @param failure one cause of an unreadable request body
   * @return the same failure as a format error with its location, if this translator knows it
   */
  Optional<BriefingFormatException> translate(Throwable failure);
}
