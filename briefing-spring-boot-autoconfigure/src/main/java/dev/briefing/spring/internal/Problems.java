package dev.briefing.spring.internal;

import dev.briefing.core.Location;
import dev.briefing.core.Violation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem details a client's bad input is answered with; their types are stable URIs. */
public final class Problems {

  private static final String TYPES = "https://briefing.dev/problems/";

  private Problems() {}

  /**
   * @param where where the input broke, as much as is known
   * @param detail what is wrong, with where in words
   * @return 400 with {@code line}, {@code column}, {@code path} and {@code section} as known
   */
  public static ResponseEntity<ProblemDetail> malformed(Location where, String detail) {
    ProblemDetail problem = problem(400, "malformed-input", "Malformed input", detail);
    where.line().ifPresent(line -> problem.setProperty("line", line));
    where.column().ifPresent(column -> problem.setProperty("column", column));
    where.path().ifPresent(path -> problem.setProperty("path", path));
    where.section().ifPresent(section -> problem.setProperty("section", section));
    return answer(problem);
  }

  /**
   * @param violations every rule broken
   * @return 400 with {@code violations}, each a {@code path} and a {@code message}
   */
  public static ResponseEntity<ProblemDetail> invalid(List<Violation> violations) {
    ProblemDetail problem = problem(400, "invalid-briefing", "Invalid briefing",
        violations.size() + (violations.size() == 1 ? " rule broken" : " rules broken"));
    problem.setProperty("violations", violations.stream().map(Problems::entry).toList());
    return answer(problem);
  }

  /**
   * @param detail what the limit is
   * @return 413
   */
  public static ResponseEntity<ProblemDetail> tooLarge(String detail) {
    return answer(problem(413, "input-too-large", "Input too large", detail));
  }

  private static Map<String, String> entry(Violation violation) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("path", violation.path());
    entry.put("message", violation.message());
    return entry;
  }

  private static ProblemDetail problem(int status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setType(URI.create(TYPES + type));
    problem.setTitle(title);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    // Set here so a client that asked for Markdown still gets the problem, not a 406.
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
