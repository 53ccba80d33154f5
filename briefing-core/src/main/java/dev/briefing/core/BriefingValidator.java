package dev.briefing.core;

import dev.briefing.core.internal.validation.FastValidity;
import dev.briefing.core.internal.validation.ModelRules;
import java.util.List;

/**
 * Checks a briefing against its rules: required text not blank, lengths within bounds, impact
 * orders from 1 and in order, source URLs http or https, no control characters in text.
 *
 * <p>The rules are the Bean Validation annotations on the model, and any Bean Validation
 * provider (an application's own {@code Validator}, Spring's {@code @Valid}) finds the same
 * violations with no configuration. This validator needs no provider: a valid briefing is
 * recognised by a direct, allocation-free check of the same rules, and the violations of an
 * invalid one are named by reading the annotations themselves. Messages are English and never
 * quote the briefing's text. The validator is thread-safe.
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
   * @return every violation, in document order (the title's, the signal's, what happened's,
   *     then each impact's, and so on; at one path in the order the rules are declared); empty
   *     when the briefing is valid. A list longer than its limit is one violation at the list,
   *     and only the elements up to the limit are checked one by one, so the count is bounded.
   */
  public List<Violation> validate(Briefing briefing) {
    // Most briefings are valid: a direct check answers for them without reflection; the
    // annotations are read only to name what is wrong.
    if (FastValidity.isValid(briefing)) {
      return List.of();
    }
    return ModelRules.violations(briefing);
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
