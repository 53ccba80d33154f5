package dev.briefing.kit;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Headings people write for a section in each built-in label language, besides the library's own. */
final class Synonyms {

  private Synonyms() {}

  /**
   * @param language a built-in label language
   * @return its synonyms by section; empty for a language without any
   */
  static Map<Section, List<String>> of(Locale language) {
    Map<Section, List<String>> words = new EnumMap<>(Section.class);
    switch (language.getLanguage()) {
      default:
        break;
    }
    return words;
  }
}
