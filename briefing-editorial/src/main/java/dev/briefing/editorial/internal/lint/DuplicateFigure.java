package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A figure with the value and label of an earlier one, case and spacing aside. */
public final class DuplicateFigure implements Rule {
  @Override
  public void check(Briefing briefing, Report report) {
    List<Figure> figures = briefing.figures();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure figure = figures.get(i);
      Integer earlier = seen.putIfAbsent(Normalized.of(figure.value()) + "\n" + Normalized.of(figure.label()), i);
      if (earlier != null) {
        report.add("$.figures[" + i + "]", "figure \"" + figure.label() + "\" repeats $.figures[" + earlier
            + "]: drop one");
      }
    }
  }
}
