package dev.briefing.email.internal;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * The {@code dir} of a language: {@code rtl} for one written right to left (Arabic, Hebrew,
 * Persian, Urdu, ...), as ICU's likely-script data says, else {@code ltr}. Email clients do not
 * guess a direction from the text, so the document must say it.
 */
public final class TextDirection {

  private TextDirection() {}

  /**
   * @param language a language
   * @return {@code "rtl"} or {@code "ltr"}
   */
  public static String of(Locale language) {
    return ULocale.forLocale(language).isRightToLeft() ? "rtl" : "ltr";
  }
}
