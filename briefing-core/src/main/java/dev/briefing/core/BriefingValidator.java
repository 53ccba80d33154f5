package dev.briefing.core;

import dev.briefing.core.internal.validation.BeanValidation;
import dev.briefing.core.internal.validation.FastValidity;
import java.util.List;

/**
 * Checks a briefing against its rules: required text not blank, lengths within bounds, impact
 * orders from 1 and in order, source URLs http or https, no control characters in text.
 *
 * <p>Backed by Hibernate Validator with parameter-only message interpolation, so no Expression
 * Language is needed and no user text is ever interpolated. A valid briefing is recognised by a
 * direct, allocation-free check of the same rules; Hibernate Validator starts only the first
 * time a briefing breaks a rule, to name every violation. The validator is thread-safe.
 *
 * <pre>{@code
 * List<Violation> problems = BriefingValidator.standard().validate(briefing);
 * // [impacts[1].text: must not be blank]
 * BriefingValidator.standard().requireValid(briefing); // throws BriefingValidationException
 * }</pre>
 */
public final class BriefingValidator {

  private BriefingValidator() {}

  /** @return the shared validator */
  public static BriefingValidator standard() {
    return Holder.INSTANCE;
  }

  /**
   * Checks every rule.
   *
   * @param briefing the briefing to check
   * @return every violation, sorted by path; empty when the briefing is valid
   */
  public List<Violation> validate(Briefing briefing) {
    // Most briefings are valid: a direct check answers for them without starting Hibernate
    // Validator; the full Bean Validation pass runs only to name what is wrong.
    if (FastValidity.isValid(briefing)) {
      return List.of();
    }
    return BeanValidation.violations(briefing);
  }

  /**
   * Checks every rule and throws if any is broken.
   *
   * @param briefing the briefing to check
   * @return the same briefing, for chaining
   * @throws BriefingValidationException carrying every violation
   */
  public Briefing requireValid(Briefing briefing) {
    List<Violation> violations = validate(briefing);
    if (!violations.isEmpty()) {
      throw new BriefingValidationException(violations);
    }
    return briefing;
  }

  private static final class Holder {
    static final BriefingValidator INSTANCE = new BriefingValidator();
  }
}
