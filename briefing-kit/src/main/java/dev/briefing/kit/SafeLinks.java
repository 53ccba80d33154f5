package dev.briefing.kit;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The only links renderers emit: http and https with a host, and mailto, after normalising
 * the address (dot segments removed, scheme and host lower case, non-ASCII percent-encoded).
 * Anything else, such as {@code javascript:} or {@code data:}, is written as plain text or not
 * at all.
 */
public final class SafeLinks {

  private SafeLinks() {}

  /**
   * @param url an address from the model
   * @return the normalised ASCII address when it is safe to link, else empty
   */
  public static Optional<String> of(URI url) {
    String scheme = url.getScheme();
    if (scheme == null) {
      return Optional.empty();
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (lower.equals("mailto") && url.isOpaque()) {
      String ascii = url.toASCIIString();
      return Optional.of(lower + ascii.substring(scheme.length()));
    }
    if (!(lower.equals("http") || lower.equals("https")) || url.isOpaque()) {
      return Optional.empty();
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    URI normal = url.normalize();
    String ascii = normal.toASCIIString();
    // Lower-case scheme and host in place; everything after the authority stays as written.
    String rest = ascii.substring(scheme.length());
    int hostAt = rest.indexOf(host);
    if (hostAt >= 0) {
      rest = rest.substring(0, hostAt) + host.toLowerCase(Locale.ROOT) + rest.substring(hostAt + host.length());
    }
    return Optional.of(lower + rest);
  }
}
