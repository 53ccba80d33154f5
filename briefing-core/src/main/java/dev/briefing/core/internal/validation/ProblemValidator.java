package dev.briefing.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * A constraint of the model checked by one method, {@link #problem}, that both ways of checking
 * share: a Bean Validation provider calls {@link #isValid}, and {@link ModelRules} calls
 * {@code problem} directly, without a provider.
 *
 * @param <A> the constraint annotation
 * @param <T> the type of value it applies to
 */
abstract class ProblemValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

  /**
   * @param value the value, never null (an absent value breaks none of these rules)
   * @return what is wrong, or null when nothing is; built from the value's shape (indexes, code
   *     points), never from its text, so no user text reaches a message
   */
  abstract String problem(T value);

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    String problem = value == null ? null : problem(value);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(MessageTemplate.literal(problem)).addConstraintViolation();
    return false;
  }
}
