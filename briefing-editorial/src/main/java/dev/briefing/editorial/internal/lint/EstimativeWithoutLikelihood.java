package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A judgment hedged with could, may, might or expect that states no likelihood. */
public final class EstimativeWithoutLikelihood implements Rule {

  private static final Pattern ESTIMATIVE = Pattern.compile(
      "\\b(?:could|may|might|expects?|expected|expecting)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void check(Briefing briefing, Report report) {
    for (Judgment judgment : Judgment.of(briefing)) {
      Matcher verb = ESTIMATIVE.matcher(judgment.text());
      if (judgment.likelihood().isEmpty() && verb.find()) {
        report.add(judgment.path(), "says \"" + verb.group() + "\" but states no likelihood: "
            + "give the judgment a likelihood on the scale (likely, very likely, ...)");
      }
    }
  }
}
