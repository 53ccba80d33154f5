package dev.briefing.render.internal.text;

import dev.briefing.core.Figure;
import dev.briefing.render.internal.parse.DateLike;
import java.util.Optional;

/**
 * Proves from the characters of a figure's fields alone that its plain line,
 * {@code - value: label (source, as of).}, reads back as the same figure, so the renderer can
 * write it without reading it back. Only a proof: {@code false} means "not shown", and the
 * renderer then takes the exact way of {@link FigureLine}, which reads the line back.
 *
 * <p>Why each condition is enough, following {@code FigureText}: the fields need no cleaning
 * and have no whitespace at their ends, so nothing is stripped or replaced; a value that does
 * not start with a backslash is not the escaped form; a value without {@code ": "} ends at the first {@code ": "} of the line; with no parenthesis in the source
 * and the as-of, the final {@code )} closes the {@code (} the line put there; a label alone
 * must not end in {@code )}; and the parenthesised part must split into source and as-of as
 * they were ({@link DateLike} is asked only when the characters do not already tell).
 */
final class PlainFigure {

  private PlainFigure() {}

  /**
   * @param figure a figure
   * @return true only when the plain line reads back as the same figure
   */
  static boolean readsBack(Figure figure) {
    String value = figure.value();
    String label = figure.label();
    // A value starting with a backslash would make the line read as the escaped form.
    if (!isPlainField(value) || value.charAt(0) == TextEscape.MARK || value.contains(": ") || !isPlainField(label)) {
      return false;
    }
    Optional<String> source = figure.source();
    Optional<String> asOf = figure.asOf();
    if (source.isEmpty() && asOf.isEmpty()) {
      return label.charAt(label.length() - 1) != ')';
    }
    if (source.isPresent() && !isPlainNote(source.get()) || asOf.isPresent() && !isPlainNote(asOf.get())) {
      return false;
    }
    if (asOf.isEmpty()) {
      String s = source.get();
      return !s.contains(", ") && !isDate(s);
    }
    String a = asOf.get();
    if (!isDate(a)) {
      return false;
    }
    if (source.isEmpty()) {
      return true;
    }
    String s = source.get();
    // "source, as of" must not read as one date, and its last ", " must be the one between them.
    return !a.contains(", ") && !isDate(s, a);
  }

  /**
   * Text that cleaning leaves alone and the repair does not look at, not empty, without
   * whitespace at either end.
   */
  private static boolean isPlainField(String text) {
    int length = text.length();
    return length > 0 && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(length - 1))
        && TextEscape.isOrdinary(text, 0, length);
  }

  /** A plain field without parentheses, so the line's own parentheses stay the outer pair. */
  private static boolean isPlainNote(String text) {
    return isPlainField(text) && text.indexOf('(') < 0 && text.indexOf(')') < 0;
  }

  private static boolean isDate(String text) {
    if (isYear(text)) {
      return true;
    }
    return !hasNonDateCharacter(text) && DateLike.test(text);
  }

  /** Whether {@code source + ", " + asOf} reads as a date. */
  private static boolean isDate(String source, String asOf) {
    return !hasNonDateCharacter(source) && DateLike.test(source + ", " + asOf);
  }

  /** A four-digit year, the commonest as-of, which {@link DateLike} always accepts. */
  private static boolean isYear(String text) {
    if (text.length() != 4 || text.charAt(0) != '1' && text.charAt(0) != '2') {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text holds a character that no date word, number or separator has; such a
   * character puts a token in the text that {@link DateLike} cannot accept.
   */
  private static boolean hasNonDateCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean dateCharacter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == ' ' || c == ',' || c == '/' || c == '-' || c == '.' || c == '\u2013';
      if (!dateCharacter) {
        return true;
      }
    }
    return false;
  }
}
