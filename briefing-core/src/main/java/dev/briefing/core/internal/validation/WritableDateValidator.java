package dev.briefing.core.internal.validation;

import java.time.LocalDate;

/** Checks {@link WritableDate}. */
public final class WritableDateValidator extends ProblemValidator<WritableDate, LocalDate> {
  private String message;

  @Override
  public void initialize(WritableDate annotation) {
    message = annotation.message();
  }

  @Override
  String problem(LocalDate value) {
    return isWritable(value) ? null : message;
  }

  static boolean isWritable(LocalDate value) {
    return value.getYear() >= 1 && value.getYear() <= 9999;
  }
}
