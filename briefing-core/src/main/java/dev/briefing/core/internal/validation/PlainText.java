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
 * The annotated text is plain text: no control characters but tab and (unless single-line)
 * line feed, no lone surrogates and no noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF).
 */
@Constraint(validatedBy = PlainTextValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {
  /** @return the message */
  String message() default "must be plain text without control characters";

  /** @return whether a line feed is also refused */
  boolean singleLine() default false;

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
