package dev.briefing.core.internal.validation;

/** Checks {@link NonBlank}. */
public final class NonBlankValidator extends ProblemValidator<NonBlank, CharSequence> {
  private String message;

  @Override
  public void initialize(NonBlank annotation) {
    message = annotation.message();
  }

  @Override
  String problem(CharSequence value) {
    return value.toString().isBlank() ? message : null;
  }
}
