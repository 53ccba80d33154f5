package dev.briefing.core.internal.validation;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

/**
 * One constraint annotation of the model, made ready to check values: the built-in ones
 * ({@code @Size}, {@code @Min}, {@code @Max}) with the meaning and the English messages the
 * Bean Validation specification gives them, the model's own through their validator's
 * {@link ProblemValidator#problem}.
 */
@FunctionalInterface
interface ConstraintCheck {

  /**
   * @param value the value, possibly null (which no constraint of the model refuses)
   * @return what is wrong, or null
   */
  String problem(Object value);

  /**
   * @param annotation a constraint annotation found on the model
   * @return its check
   * @throws IllegalStateException for a constraint this does not know, so that a new one cannot
   *     be silently skipped
   */
  static ConstraintCheck of(Annotation annotation) {
    if (annotation instanceof Size size) {
      String message = "size must be between " + size.min() + " and " + size.max();
      return value -> value == null || within(sizeOf(value), size.min(), size.max()) ? null : message;
    }
    if (annotation instanceof Min min) {
      String message = "must be greater than or equal to " + min.value();
      return value -> value == null || ((Number) value).longValue() >= min.value() ? null : message;
    }
    if (annotation instanceof Max max) {
      String message = "must be less than or equal to " + max.value();
      return value -> value == null || ((Number) value).longValue() <= max.value() ? null : message;
    }
    return ofValidator(annotation);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ConstraintCheck ofValidator(Annotation annotation) {
    Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
    if (constraint == null || constraint.validatedBy().length != 1
        || !ProblemValidator.class.isAssignableFrom(constraint.validatedBy()[0])) {
      throw new IllegalStateException("The model uses a constraint validation does not know: " + annotation);
    }
    ProblemValidator validator;
    try {
      validator = (ProblemValidator) constraint.validatedBy()[0].getDeclaredConstructor().newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
      throw new IllegalStateException("Cannot create the validator of " + annotation, e);
    }
    validator.initialize(annotation);
    ProblemValidator ready = validator;
    return value -> value == null ? null : ready.problem(value);
  }

  private static long sizeOf(Object value) {
    return value instanceof CharSequence text ? text.length() : ((Collection<?>) value).size();
  }

  private static boolean within(long size, int min, int max) {
    return size >= min && size <= max;
  }
}
