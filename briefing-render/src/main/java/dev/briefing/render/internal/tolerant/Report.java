package dev.briefing.render.internal.tolerant;

import dev.briefing.core.Location;
import dev.briefing.core.format.ParseNote;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.render.internal.parse.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a tolerant reading tells about itself: a note for each inference and a warning for each
 * line it dropped or could not read, each at its place in the input as written.
 */
public final class Report {

  private final SourceText source;
  private final List<ParseNote> notes = new ArrayList<>();
  private final List<ParseWarning> warnings = new ArrayList<>();

  /** @param source the input, for mapping positions back to it */
  public Report(SourceText source) {
    this.source = source;
    warnings.addAll(source.warnings());
  }

  /**
   * @param line where
   * @param message what was inferred
   */
  public void note(Line line, String message) {
    notes.add(ParseNote.of(at(line), message));
  }

  /**
   * @param line where
   * @param message what was dropped or not understood, and why
   */
  public void warn(Line line, String message) {
    warnings.add(ParseWarning.of(at(line), message));
  }

  /** @param message a problem of the whole input, reported at its end */
  public void warnAtEnd(String message) {
    int last = source.lines().size() - 1;
    warnings.add(ParseWarning.of(source.location(last, source.lines().get(last).length() + 1), message));
  }

  private Location at(Line line) {
    return source.location(line.line(), line.column());
  }

  /** @return the notes in input order */
  public List<ParseNote> notes() {
    return sorted(notes, ParseNote::location);
  }

  /** @return the warnings in input order */
  public List<ParseWarning> warnings() {
    return sorted(warnings, ParseWarning::location);
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, Location> where) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparingInt((T t) -> where.apply(t).line().orElse(Integer.MAX_VALUE))
        .thenComparingInt(t -> where.apply(t).column().orElse(Integer.MAX_VALUE)));
    return List.copyOf(copy);
  }
}
