package dev.briefing.kafka.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Violation;
import java.util.List;

/**
 * A briefing with its violations, so a topology validates each record once and then routes
 * on the result. Lives only between two processors of one task; never serialized.
 *
 * @param briefing the briefing
 * @param violations what it breaks; empty when valid
 */
public record Checked(Briefing briefing, List<Violation> violations) {

  /**
   * @param validator the rules
   * @param briefing the briefing
   * @return the briefing with its violations
   */
  public static Checked of(BriefingValidator validator, Briefing briefing) {
    return new Checked(briefing, validator.validate(briefing));
  }

  /** @return whether the briefing breaks no rule */
  public boolean valid() {
    return violations.isEmpty();
  }
}
