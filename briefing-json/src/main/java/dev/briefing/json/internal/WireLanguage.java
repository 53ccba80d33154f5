package dev.briefing.json.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Languages as BCP 47 tags ({@code en-US}, {@code zh-Hant-TW}). */
public final class WireLanguage {

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
    if (text.isEmpty() || text.length() > 100) {
      return null;
    }
    try {
      new Locale.Builder().setLanguageTag(text);
    } catch (IllformedLocaleException e) {
      return null;
    }
    return Locale.forLanguageTag(text);
  }
}
