package dev.briefing.spring;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Location;
import dev.briefing.core.Violation;
import dev.briefing.spring.internal.InputTooLargeException;
import dev.briefing.spring.internal.Problems;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a client's bad input with an RFC 9457 problem detail ({@code application/problem+json})
 * instead of a bare 400 or a 500:
 *
 * <ul>
 *   <li>a body that does not parse: 400 with {@code line}, {@code column} and {@code path} (the
 *       JSON path, for JSON) where it is known, and {@code section} for text and Markdown;
 *   <li>a briefing that breaks the model's rules, read from a body or rejected by {@code @Valid}:
 *       400 with {@code violations}, every one as {@code {"path": ..., "message": ...}};
 *   <li>a body larger than {@code briefing.max-input-size}: 413.
 * </ul>
 *
 * Other failures are left to the application's and Spring's own handlers. Ordered ahead of
 * them; replace this bean to answer differently.
 *
 * <pre>{@code
 * HTTP/1.1 400
 * Content-Type: application/problem+json
 *
 * {"type":"https://briefing.dev/problems/malformed-input","title":"Malformed input","status":400,
 *  "detail":"line 1, column 11 at $.signal: expected a string but was NUMBER",
 *  "instance":"/briefings","line":1,"column":11,"path":"$.signal"}
 * }</pre>
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class BriefingProblemHandler {

  private final List<ReadFailureTranslator> translators;

  /**
   * @param translators what to ask about failures that are not the library's own, in order
   */
  public BriefingProblemHandler(List<ReadFailureTranslator> translators) {
    this.translators = List.copyOf(translators);
  }

  /**
   * @param e an unreadable request body
   * @return the problem, when the body was a briefing or its failure can be located
   * @throws HttpMessageNotReadableException {@code e} itself, for Spring's own handling, when not
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) throws HttpMessageNotReadableException {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BriefingValidationException invalid) {
        return Problems.invalid(invalid.violations());
      }
      if (cause instanceof BriefingFormatException malformed) {
        return Problems.malformed(malformed.location(), malformed.getMessage());
      }
      if (cause instanceof InputTooLargeException tooLarge) {
        return Problems.tooLarge(tooLarge.getMessage());
      }
      if (cause instanceof CharacterCodingException) {
        return Problems.malformed(Location.unknown(),
            "the request body is not text in its charset (UTF-8 unless Content-Type names another)");
      }
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      for (ReadFailureTranslator translator : translators) {
        Optional<BriefingFormatException> located = translator.translate(cause);
        if (located.isPresent()) {
          return Problems.malformed(located.get().location(), located.get().getMessage());
        }
      }
    }
    throw e;
  }

  /**
   * @param e a {@code @Valid} argument that failed validation
   * @return the problem, listing every violation, when the argument is a briefing
   * @throws MethodArgumentNotValidException {@code e} itself, for Spring's own handling, when not
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) throws MethodArgumentNotValidException {
    if (!(e.getBindingResult().getTarget() instanceof Briefing)) {
      throw e;
    }
    List<Violation> violations = new ArrayList<>();
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      String path = error instanceof FieldError field ? field.getField() : "";
      violations.add(Violation.of(path, String.valueOf(error.getDefaultMessage())));
    }
    violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return Problems.invalid(violations);
  }
}
