package dev.briefing.core.internal.convert;

import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@link java.util.ServiceLoader} says about a provider it could not load. Its
 * errors read {@code <service>: Provider <class> <problem>} (and, for a failed constructor,
 * carry the cause), the only place the class name of a provider that has no class is given.
 */
public final class BrokenProviders {

  private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+) (.*)");

  private BrokenProviders() {}

  /**
   * @param e the loader's error
   * @return the provider's class name, or {@code "(unnamed)"} when the message gives none
   */
  public static String named(ServiceConfigurationError e) {
    Matcher matcher = PROVIDER.matcher(String.valueOf(e.getMessage()));
    return matcher.find() ? matcher.group(1) : "(unnamed)";
  }

  /**
   * @param e the loader's error
   * @return what went wrong, with the failed constructor's own error when there is one
   */
  public static String problem(ServiceConfigurationError e) {
    Matcher matcher = PROVIDER.matcher(String.valueOf(e.getMessage()));
    String problem = matcher.find() ? matcher.group(2) : String.valueOf(e.getMessage());
    Throwable cause = e.getCause();
    if (cause instanceof java.lang.reflect.InvocationTargetException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause == null ? problem : problem + " (" + cause + ")";
  }
}
