package dev.briefing.core.internal.validation;

import java.net.URI;
import java.util.Locale;

/** Accepts absolute http and https URIs that name a host and are at most 2,000 characters. */
public final class HttpUrlValidator extends ProblemValidator<HttpUrl, URI> {
  static final int MAX_LENGTH = Limits.URL;
  private String message;

  @Override
  public void initialize(HttpUrl annotation) {
    message = annotation.message();
  }

  @Override
  String problem(URI value) {
    return isHttpUrl(value) ? null : message;
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
