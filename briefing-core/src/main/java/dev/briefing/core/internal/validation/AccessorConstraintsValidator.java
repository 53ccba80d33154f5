package dev.briefing.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AccessorConstraints} with {@link ModelRules}. */
public final class AccessorConstraintsValidator implements ConstraintValidator<AccessorConstraints, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return value == null || ModelRules.report(value, context);
  }
}
