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
      case "de":
        words.put(Section.SIGNAL, List.of("Kernaussage", "Das Wichtigste in Kürze"));
        words.put(Section.WHAT_HAPPENED, List.of("Hintergrund", "Was passiert ist"));
        words.put(Section.WHY_IT_MATTERS, List.of("Auswirkungen", "Warum das wichtig ist"));
        words.put(Section.THE_NUMBERS, List.of("Kennzahlen", "Zahlen und Fakten"));
        words.put(Section.WHAT_TO_WATCH, List.of("Ausblick", "Was jetzt kommt"));
        break;
      case "fr":
        words.put(Section.SIGNAL, List.of("En bref", "L’essentiel"));
        words.put(Section.WHAT_HAPPENED, List.of("Contexte", "Les faits"));
        words.put(Section.WHY_IT_MATTERS, List.of("Enjeux", "Conséquences"));
        words.put(Section.THE_NUMBERS, List.of("En chiffres", "Chiffres clés"));
        words.put(Section.WHAT_TO_WATCH, List.of("Perspectives", "À suivre"));
        break;
      case "es":
        words.put(Section.SIGNAL, List.of("En resumen", "Lo esencial"));
        words.put(Section.WHAT_HAPPENED, List.of("Contexto", "Antecedentes"));
        words.put(Section.WHY_IT_MATTERS, List.of("Implicaciones", "Por qué es importante"));
        words.put(Section.THE_NUMBERS, List.of("En cifras", "Cifras clave"));
        words.put(Section.WHAT_TO_WATCH, List.of("Perspectivas", "Qué viene ahora"));
        break;
      default:
        break;
    }
    return words;
  }
}
