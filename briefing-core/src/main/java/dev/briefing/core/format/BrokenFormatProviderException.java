package dev.briefing.core.format;

import dev.briefing.core.BriefingException;

/**
 * A {@link BriefingFormat} provider on the class path could not be loaded: its class is
 * missing, is not a format, or its constructor failed. Names the provider, so the jar that
 * brought it can be removed or fixed; a registry is never built from part of the class path.
 *
 * <pre>{@code
 * try {
 *   FormatRegistry formats = FormatRegistry.loadDefault();
 * } catch (BrokenFormatProviderException e) {
 *   log.error("remove or fix {}: {}", e.provider(), e.getMessage());
 * }
 * }</pre>
 */
public final class BrokenFormatProviderException extends BriefingException {
  private static final long serialVersionUID = 1L;

  private final String provider;

  /**
   * @param provider the provider's class name as the services file gives it
   * @param problem what went wrong
   * @param cause the loader's error
   */
  public BrokenFormatProviderException(String provider, String problem, Throwable cause) {
    super("The format provider " + provider + " could not be loaded: " + problem, cause);
    this.provider = provider;
  }

  /** @return the provider's class name */
  public String provider() {
    return provider;
  }
}
