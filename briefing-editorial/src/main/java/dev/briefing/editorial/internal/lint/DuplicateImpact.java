package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An impact with the order and text of an earlier one, case and spacing aside. */
public final class DuplicateImpact implements Rule {
  @Override
  public void check(Briefing briefing, Report report) {
    List<Impact> impacts = briefing.impacts();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < impacts.size(); i++) {
      Impact impact = impacts.get(i);
      Integer earlier = seen.putIfAbsent(impact.order() + "\n" + Normalized.of(impact.text()), i);
      if (earlier != null) {
        report.add("$.impacts[" + i + "]", "impact repeats $.impacts[" + earlier + "] with the same order: drop one");
      }
    }
  }
}
