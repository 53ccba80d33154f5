package dev.briefing.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.Locale;

/** Accepts absolute http and https URIs that name a host and are at most 2,000 characters. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {
  static final int MAX_LENGTH = Limits.URL;

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    return value == null || isHttpUrl(value);
  }

  static boolean isHttpUrl(URI value) {
    String scheme = value.getScheme();
    if (scheme == null) {
      return false;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    return (lower.equals("http") || lower.equals("https"))
        && value.getHost() != null
        && !value.getHost().isEmpty()
        && value.toString().length() <= MAX_LENGTH;
  }
}
