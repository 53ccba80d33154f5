package dev.briefing.editorial.internal.lint;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text split into sentences by the JDK's sentence boundaries, each stripped. */
final class Sentences {

  private Sentences() {}

  static List<String> of(String text) {
    BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    boundaries.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
        start = end, end = boundaries.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
