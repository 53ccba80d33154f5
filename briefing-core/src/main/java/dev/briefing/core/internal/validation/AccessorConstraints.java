package dev.briefing.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Applies the constraints on a model type's accessors ({@code signal()}, {@code impacts()}) for
 * any Bean Validation provider. A provider's default only takes {@code get*} and {@code is*}
 * methods for properties, so on its own it would find nothing; a type-level constraint it does
 * see, through the generated class's hierarchy, and the validator reports each violation at the
 * property path the provider would have used ({@code impacts[1].text}). An application's
 * {@code Validation.buildDefaultValidatorFactory()}, Spring's {@code LocalValidatorFactoryBean}
 * and {@code @Valid} thus find what {@code BriefingValidator} finds, with no configuration.
 */
@Constraint(validatedBy = AccessorConstraintsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AccessorConstraints {
  /** @return the message, never shown: each violation carries its own */
  String message() default "breaks a rule of the briefing model";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
