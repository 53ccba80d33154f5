package dev.briefing.benchmarks.baseline.beans;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Hibernate Validator set up the plain way: the default provider found by the Bean Validation
 * bootstrap, with the parameter-only message interpolator because no Expression Language
 * implementation is on the class path (the only change a user without one must make).
 *
 * <pre>{@code
 * Validator validator = PlainValidator.create();
 * }</pre>
 */
public final class PlainValidator {
  private PlainValidator() {}

  /** @return a new validator from a new factory */
  public static Validator create() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }
}
