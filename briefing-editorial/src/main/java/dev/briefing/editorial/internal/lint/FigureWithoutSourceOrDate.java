package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import java.util.List;

/** A figure with neither source nor as-of: nothing tells a reader where or when it held. */
public final class FigureWithoutSourceOrDate implements Rule {
  @Override
  public void check(Briefing briefing, Report report) {
    List<Figure> figures = briefing.figures();
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).source().isEmpty() && figures.get(i).asOf().isEmpty()) {
        report.add("$.figures[" + i + "]", "figure \"" + figures.get(i).label()
            + "\" has neither source nor as-of: say where the value comes from or when it held");
      }
    }
  }
}
