package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A figure's source that names no one: every part of it ("various sources", "TechCrunch/Industry
 * Reports" has one named part and passes) is one of the vague phrases.
 */
public final class VagueSource implements Rule {

  private static final Pattern PARTS = Pattern.compile("\\s*(?:/|,|;|\\band\\b|&)\\s*");
  private static final Set<String> VAGUE = Set.of(
      "various sources", "various", "multiple sources", "several sources", "sources", "industry sources",
      "industry reports", "reports", "media reports", "press reports", "analysts", "experts", "estimates",
      "the internet", "online", "web", "unknown", "n/a", "public data", "public sources");

  @Override
  public void check(Briefing briefing, Report report) {
    List<Figure> figures = briefing.figures();
    for (int i = 0; i < figures.size(); i++) {
      String source = figures.get(i).source().orElse(null);
      if (source != null && isVague(source)) {
        report.add("$.figures[" + i + "].source", "source \"" + source
            + "\" names no one: name the publication, dataset or filing");
      }
    }
  }

  private static boolean isVague(String source) {
    for (String part : PARTS.split(source.strip().toLowerCase(Locale.ROOT))) {
      if (!part.isEmpty() && !VAGUE.contains(part.replaceAll("\\s+", " "))) {
        return false;
      }
    }
    return true;
  }
}
