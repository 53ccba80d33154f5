package dev.briefing.json.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/** Languages as BCP 47 tags ({@code en-US}, {@code zh-Hant-TW}). */
public final class WireLanguage {

  /**
   * A batch names a handful of languages thousands of times. Parsing a tag is a few
   * microseconds, and its JDK code is among the slowest a JIT compiles, again and again on
   * varied input; held here, the hot path is one map look-up. Bounded, so that a hostile input
   * of distinct tags costs no memory: once full, new tags are parsed each time.
   */
  private static final int CACHED = 64;

  private static final ConcurrentHashMap<String, Locale> PARSED = new ConcurrentHashMap<>();

  private WireLanguage() {}

  /** @return the BCP 47 tag */
  public static String format(Locale locale) {
    return locale.toLanguageTag();
  }

  /**
   * @return the locale, or null when the text is not a well-formed BCP 47 tag ({@link
   *     Locale#forLanguageTag} alone would turn any garbage into "und")
   */
  public static Locale parse(String text) {
    Locale known = PARSED.get(text);
    if (known != null) {
      return known;
    }
    if (text.isEmpty() || text.length() > 100) {
      return null;
    }
    Locale locale;
    try {
      // The builder refuses what is ill-formed, and otherwise builds what forLanguageTag would.
      locale = new Locale.Builder().setLanguageTag(text).build();
    } catch (IllformedLocaleException e) {
      return null;
    }
    if (PARSED.size() < CACHED) {
      PARSED.putIfAbsent(text, locale);
    }
    return locale;
  }
}
