package dev.briefing.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A briefing's impacts are sorted by order: first-order before second-order, and so on. */
@Constraint(validatedBy = ImpactsInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ImpactsInOrder {
  /** @return the message */
  String message() default "impacts must be sorted by order";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
