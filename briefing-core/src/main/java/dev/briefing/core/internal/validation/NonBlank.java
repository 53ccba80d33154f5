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
 * Text, when present, has a non-whitespace character. Unlike {@code @NotBlank} an absent value
 * passes, which is what an {@code Optional<@NonBlank String>} needs: Hibernate Validator hands
 * an empty optional to its element constraints as null.
 */
@Constraint(validatedBy = NonBlankValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface NonBlank {
  /** @return the message */
  String message() default "must not be blank";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
