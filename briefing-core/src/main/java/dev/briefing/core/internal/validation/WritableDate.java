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
 * The annotated date can be written in every format: RFC 3339's full-date (the JSON wire
 * format) holds years 0000 to 9999 and HTML's valid date string years from 0001.
 */
@Constraint(validatedBy = WritableDateValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface WritableDate {
  /** @return the message */
  String message() default "must be in the years 0001 to 9999";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
