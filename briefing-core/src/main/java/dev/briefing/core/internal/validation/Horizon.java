package dev.briefing.core.internal.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated period is a time horizon: years, months and days none negative, not all zero,
 * and each at most {@link Limits#HORIZON_PART}, so that every format writes it in its own parts
 * ({@code P18M} stays eighteen months, never "1 year 6 months") and reads it back equal.
 */
@Constraint(validatedBy = HorizonValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Horizon {
  /** @return the message */
  String message() default "must be a period ahead: years, months and days not negative, not all zero, each at most 9999";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
