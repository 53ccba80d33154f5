package dev.briefing.core.internal.validation;

import java.time.Period;

/** Checks {@link Horizon}. */
public final class HorizonValidator extends ProblemValidator<Horizon, Period> {
  private String message;

  @Override
  public void initialize(Horizon annotation) {
    message = annotation.message();
  }

  @Override
  String problem(Period value) {
    return isHorizon(value) ? null : message;
  }

  static boolean isHorizon(Period value) {
    return !value.isZero() && part(value.getYears()) && part(value.getMonths()) && part(value.getDays());
  }

  private static boolean part(int value) {
    return value >= 0 && value <= Limits.HORIZON_PART;
  }
}
