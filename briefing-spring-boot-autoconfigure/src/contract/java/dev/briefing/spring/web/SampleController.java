package dev.briefing.spring.web;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A controller as an application writes it, with nothing but the starter behind it. */
@RestController
public class SampleController {

  /** @return the seed briefing */
  @GetMapping("/briefing")
  public Briefing briefing() {
    return SeedBriefing.briefing();
  }

  /**
   * @param briefing a briefing in any readable format
   * @return the same briefing
   */
  @PostMapping("/briefing")
  public Briefing echo(@Valid @RequestBody Briefing briefing) {
    return briefing;
  }

  /** @return an edition holding the seed briefing */
  @GetMapping("/edition")
  public Edition edition() {
    return new Edition("42", SeedBriefing.briefing());
  }

  /**
   * @param edition an edition
   * @return the same edition
   */
  @PostMapping("/edition")
  public Edition echo(@RequestBody Edition edition) {
    return edition;
  }
}
