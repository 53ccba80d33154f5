package dev.briefing.core.internal.validation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Checks {@link WritableDateTime}. */
public final class WritableDateTimeValidator extends ProblemValidator<WritableDateTime, OffsetDateTime> {
  private String message;

  @Override
  public void initialize(WritableDateTime annotation) {
    message = annotation.message();
  }

  @Override
  String problem(OffsetDateTime value) {
    return isWritable(value) ? null : message;
  }

  static boolean isWritable(OffsetDateTime value) {
    return value.getOffset().getTotalSeconds() % 60 == 0
        && inYears(value.getYear())
        && inYears(value.withOffsetSameInstant(ZoneOffset.UTC).getYear());
  }

  private static boolean inYears(int year) {
    return year >= 1 && year <= 9999;
  }
}
