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
 * The annotated date-time can be written in every format: RFC 3339 (the JSON wire format) holds
 * years 0000 to 9999 and offsets in whole minutes, and HTML's global date and time (the
 * renderer's {@code <time datetime>}, in UTC) years from 0001. So the year must be 0001 to 9999
 * both with its own offset and in UTC, and the offset whole minutes.
 */
@Constraint(validatedBy = WritableDateTimeValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface WritableDateTime {
  /** @return the message */
  String message() default "must be in the years 0001 to 9999, also in UTC, with an offset of whole minutes";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
