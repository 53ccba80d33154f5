package dev.briefing.core.internal.validation;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Reports each impact whose order is below the one before it, at {@code impacts[i].order}.
 * Only the first {@link Limits#IMPACTS} impacts are compared, as only they are checked one by
 * one (a longer list is already a violation of its size), so the number of violations, and the
 * time a Bean Validation provider takes to collect them, stays bounded whatever the input.
 */
public final class ImpactsInOrderValidator
    implements ConstraintValidator<ImpactsInOrder, Briefing>, ElementProblems<Briefing> {

  @Override
  public boolean isValid(Briefing briefing, ConstraintValidatorContext context) {
    if (briefing == null) {
      return true;
    }
    boolean[] valid = {true};
    problems(briefing, (list, index, property, message) -> {
      if (valid[0]) {
        context.disableDefaultConstraintViolation();
        valid[0] = false;
      }
      ViolationPath.addTo(context,
          ViolationPath.property(ViolationPath.element(ViolationPath.property(null, list), index), property), message);
    });
    return valid[0];
  }

  @Override
  public int problems(Briefing briefing, Report report) {
    List<Impact> impacts = briefing.impacts();
    int checked = Math.min(impacts.size(), Limits.IMPACTS);
    for (int i = 1; i < checked; i++) {
      int previous = impacts.get(i - 1).order();
      if (impacts.get(i).order() < previous) {
        report.problem("impacts", i, "order", "must not be lower than the order before it (" + previous + ")");
      }
    }
    return Math.max(0, checked - 1);
  }
}
