package dev.briefing.examples.service;

import dev.briefing.core.Briefing;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Briefings kept in memory by id. The starter does the rest: {@code GET} answers in the format
 * {@code Accept} asks for, {@code PUT} reads any format with a parser, and bad input is a 400
 * problem detail.
 *
 * <pre>{@code
 * curl -X PUT -H 'Content-Type: text/markdown' --data-binary @draft.md localhost:8080/briefings/draft
 * }</pre>
 */
@RestController
public class BriefingController {

  private final ConcurrentMap<String, Briefing> briefings = new ConcurrentHashMap<>(Map.of("karpathy", Example.BRIEFING));

  /**
   * @param id the briefing's id
   * @return the briefing, or 404
   */
  @GetMapping("/briefings/{id}")
  public ResponseEntity<Briefing> get(@PathVariable("id") String id) {
    Briefing briefing = briefings.get(id);
    return briefing == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(briefing);
  }

  /**
   * @param id the briefing's id
   * @param briefing the briefing, in any format with a parser
   * @return the stored briefing
   */
  @PutMapping("/briefings/{id}")
  public ResponseEntity<Briefing> put(@PathVariable("id") String id, @Valid @RequestBody Briefing briefing) {
    boolean created = briefings.put(id, briefing) == null;
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(briefing);
  }

  /**
   * @param id the briefing's id
   * @return an edition holding the briefing: an application's own type, written by Jackson
   */
  @GetMapping("/editions/{id}")
  public ResponseEntity<Edition> edition(@PathVariable("id") String id) {
    Briefing briefing = briefings.get(id);
    return briefing == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(new Edition(id, briefing));
  }

  /**
   * An application's own type holding a briefing.
   *
   * @param id the briefing's id
   * @param briefing the briefing
   */
  public record Edition(String id, Briefing briefing) {}
}
