package dev.briefing.render.internal.parse;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a parser sends what is wrong with its input: a strict parser throws at the first
 * problem, a lenient one collects a warning and goes on.
 */
public final class Problems {

  private final boolean lenient;
  private final SourceText source;
  private final List<ParseWarning> warnings = new ArrayList<>();

  /**
   * @param lenient whether problems become warnings
   * @param source the input, for mapping positions back
   */
  public Problems(boolean lenient, SourceText source) {
    this.lenient = lenient;
    this.source = source;
    warnings.addAll(source.warnings());
  }

  /**
   * @param lineIndex 0-based line
   * @param column 1-based column in the repaired line
   * @param section the section the problem is in, or null
   * @return the location in the input
   */
  public Location at(int lineIndex, int column, Section section) {
    Location location = source.location(lineIndex, column);
    return section == null ? location : location.withSection(section.title());
  }

  /**
   * @param section the section the problem is in, or null
   * @return the location just after the input's last character
   */
  public Location atEnd(Section section) {
    int last = source.lines().size() - 1;
    return at(last, source.lines().get(last).length() + 1, section);
  }

  /**
   * Reports a problem the parser can step over.
   *
   * @param location where
   * @param message what is wrong and what was expected
   * @throws BriefingFormatException when strict
   */
  public void report(Location location, String message) {
    if (!lenient) {
      throw new BriefingFormatException(location, message);
    }
    warnings.add(ParseWarning.of(location, message));
  }

  /** @return the warnings in input order */
  public List<ParseWarning> warnings() {
    List<ParseWarning> sorted = new ArrayList<>(warnings);
    sorted.sort(Comparator.comparingInt((ParseWarning w) -> w.location().line().orElse(Integer.MAX_VALUE))
        .thenComparingInt(w -> w.location().column().orElse(Integer.MAX_VALUE)));
    return List.copyOf(sorted);
  }
}
