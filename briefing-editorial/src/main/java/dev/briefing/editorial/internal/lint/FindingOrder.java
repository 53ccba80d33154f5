package dev.briefing.editorial.internal.lint;

import dev.briefing.editorial.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings in document order: by the briefing's part (title, The Signal, What Happened, impacts,
 * alternative views, figures, watch items, metadata), then element index, then the rest of the
 * path; findings at one path keep the order of the rules.
 */
public final class FindingOrder implements Comparator<Finding> {

  public static final FindingOrder INSTANCE = new FindingOrder();

  private static final List<String> PARTS = List.of(
      "title", "signal", "whatHappened", "impacts", "alternativeViews", "figures", "watchItems", "metadata");
  private static final Pattern PATH = Pattern.compile("\\$\\.([A-Za-z]+)(?:\\[(\\d+)])?(.*)");

  private FindingOrder() {}

  @Override
  public int compare(Finding a, Finding b) {
    Matcher x = PATH.matcher(a.path());
    Matcher y = PATH.matcher(b.path());
    if (!x.matches() || !y.matches()) {
      return a.path().compareTo(b.path());
    }
    int byPart = Integer.compare(rank(x.group(1)), rank(y.group(1)));
    if (byPart != 0) {
      return byPart;
    }
    int byIndex = Integer.compare(index(x.group(2)), index(y.group(2)));
    return byIndex != 0 ? byIndex : x.group(3).compareTo(y.group(3));
  }

  private static int rank(String part) {
    // signalLikelihood and the like sort with The Signal.
    for (int i = PARTS.size() - 1; i >= 0; i--) {
      if (part.startsWith(PARTS.get(i))) {
        return i;
      }
    }
    return PARTS.size();
  }

  private static int index(String digits) {
    return digits == null ? -1 : Integer.parseInt(digits);
  }
}
