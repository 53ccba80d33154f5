package dev.briefing.core.internal.validation;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Reports each impact whose order is below the one before it, at {@code impacts[i].order}. */
public final class ImpactsInOrderValidator implements ConstraintValidator<ImpactsInOrder, Briefing> {

  @Override
  public boolean isValid(Briefing briefing, ConstraintValidatorContext context) {
    if (briefing == null) {
      return true;
    }
    List<Impact> impacts = briefing.impacts();
    boolean valid = true;
    for (int i = 1; i < impacts.size(); i++) {
      int previous = impacts.get(i - 1).order();
      int order = impacts.get(i).order();
      if (order < previous) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        valid = false;
        context.buildConstraintViolationWithTemplate(
                "must not be lower than the order before it (" + previous + ")")
            .addPropertyNode("impacts")
            .addPropertyNode("order")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
