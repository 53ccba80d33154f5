package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Likelihood;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the likelihood scale's terms and alternative terms in a sentence, as whole words in any
 * case, the longest first: "very unlikely" is one term of its row, not also "unlikely" and
 * "likely".
 */
final class ScaleTerms {

  /** A term found, with the row it belongs to. */
  record Found(String term, Likelihood row) {}

  private static final List<Found> TERMS = terms();

  private ScaleTerms() {}

  static List<Found> in(String sentence) {
    String text = sentence.toLowerCase(Locale.ROOT);
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Found match = null;
      if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
        for (Found term : TERMS) {
          int end = i + term.term().length();
          if (text.startsWith(term.term(), i) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
            match = term;
            break;
          }
        }
      }
      if (match != null) {
        found.add(match);
        i += match.term().length();
      } else {
        i++;
      }
    }
    return found;
  }

  private static List<Found> terms() {
    List<Found> terms = new ArrayList<>();
    for (Likelihood row : Likelihood.values()) {
      terms.add(new Found(row.term(), row));
      terms.add(new Found(row.alternativeTerm(), row));
    }
    terms.sort(Comparator.comparingInt((Found f) -> f.term().length()).reversed());
    return List.copyOf(terms);
  }
}
