package dev.briefing.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; says which character at which index broke it. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {
  private boolean singleLine;

  @Override
  public void initialize(PlainText annotation) {
    singleLine = annotation.singleLine();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String problem = problem(value, i, c);
      if (problem != null) {
        context.disableDefaultConstraintViolation();
        // Built from code points and indexes only, never from the text, so nothing user-written
        // reaches the interpolator.
        context.buildConstraintViolationWithTemplate(problem + " at index " + i).addConstraintViolation();
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return true;
  }

  private String problem(String value, int i, char c) {
    if (c == '\n') {
      return singleLine ? "must be a single line, but has a line break" : null;
    }
    if (c == '\t') {
      return null;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return String.format("must not contain control character U+%04X", (int) c);
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
          ? null
          : "must not contain a lone surrogate";
    }
    if (Character.isLowSurrogate(c)) {
      return "must not contain a lone surrogate";
    }
    return null;
  }
}
