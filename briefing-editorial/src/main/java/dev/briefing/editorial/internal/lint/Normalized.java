package dev.briefing.editorial.internal.lint;

import java.util.Locale;

/** Text compared as people read it: case and runs of whitespace do not count. */
final class Normalized {

  private Normalized() {}

  static String of(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
