package dev.briefing.kit;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The only links renderers emit: http and https with a host, and mailto. Anything else, such as
 * {@code javascript:} or {@code data:}, is written as plain text or not at all. HTML links the
 * normalised address of {@link #of} (dot segments removed, scheme and host lower case,
 * non-ASCII percent-encoded); Markdown, which must give back the model's address exactly, asks
 * {@link #allows} and writes the address as it is.
 *
 * <pre>{@code
 * SafeLinks.of(URI.create("HTTPS://Desk@Example.COM/a/../b")); // "https://Desk@example.com/b"
 * SafeLinks.allows(URI.create("javascript:alert(1)"));         // false
 * }</pre>
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
    // Rebuilt from the parsed parts, so only the host is lower-cased: the same letters in the
    // user-info, path or query stay as written.
    URI ascii = URI.create(url.normalize().toASCIIString());
    StringBuilder out = new StringBuilder(ascii.toString().length()).append(lower).append("://");
    if (ascii.getRawUserInfo() != null) {
      out.append(ascii.getRawUserInfo()).append('@');
    }
    out.append(ascii.getHost().toLowerCase(Locale.ROOT));
    if (ascii.getPort() != -1) {
      out.append(':').append(ascii.getPort());
    }
    out.append(ascii.getRawPath());
    if (ascii.getRawQuery() != null) {
      out.append('?').append(ascii.getRawQuery());
    }
    if (ascii.getRawFragment() != null) {
      out.append('#').append(ascii.getRawFragment());
    }
    return Optional.of(out.toString());
  }

  /**
   * @param url an address from the model
   * @return whether renderers may link to it as it is: http or https with a host, or mailto
   */
  public static boolean allows(URI url) {
    return of(url).isPresent();
  }
}
