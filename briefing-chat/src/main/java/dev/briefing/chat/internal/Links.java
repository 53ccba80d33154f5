package dev.briefing.chat.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The addresses chat formats link to: absolute http and https with a host, in ASCII. */
public final class Links {

  private Links() {}

  /**
   * @param url an address from the model
   * @return the address to link, or empty when it must not become a link
   */
  public static Optional<String> safe(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || url.isOpaque() || url.getHost() == null || url.getHost().isEmpty()) {
      return Optional.empty();
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return Optional.empty();
    }
    return Optional.of(lower + url.normalize().toASCIIString().substring(scheme.length()));
  }
}
