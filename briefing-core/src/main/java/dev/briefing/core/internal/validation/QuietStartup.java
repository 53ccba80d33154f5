package dev.briefing.core.internal.validation;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up banner ("HV000001: Hibernate Validator x.y") off the
 * console when no logging backend is configured and it would fall through to JUL's console
 * handler. A level the application already set on that logger is left alone.
 */
final class QuietStartup {
  // Held strongly: JUL keeps loggers weakly, and a collected logger would forget its level.
  private static final Logger VERSION_LOGGER =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  private QuietStartup() {}

  static void silenceVersionBanner() {
    if (VERSION_LOGGER.getLevel() == null) {
      VERSION_LOGGER.setLevel(Level.WARNING);
    }
  }
}
