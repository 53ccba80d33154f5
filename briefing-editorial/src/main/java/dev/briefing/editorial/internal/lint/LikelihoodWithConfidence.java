package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of a judgment with both a likelihood term and a confidence level ("high
 * confidence", "moderately confident"): ICD 203 has the two stated apart.
 */
public final class LikelihoodWithConfidence implements Rule {

  private static final Pattern CONFIDENCE = Pattern.compile(
      "\\b(?:(?:low|moderate|high)[ -]confidence|(?:highly|moderately) confident)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void check(Briefing briefing, Report report) {
    for (Judgment judgment : Judgment.of(briefing)) {
      List<String> sentences = judgment.sentences();
      for (int s = 0; s < sentences.size(); s++) {
        List<ScaleTerms.Found> terms = ScaleTerms.in(sentences.get(s));
        Matcher confidence = CONFIDENCE.matcher(sentences.get(s));
        if (!terms.isEmpty() && confidence.find()) {
          report.add(judgment.path(), "sentence " + (s + 1) + " says \"" + terms.get(0).term() + "\" and \""
              + confidence.group() + "\": state the likelihood and the confidence in separate sentences, "
              + "or as the judgment's likelihood and confidence");
        }
      }
    }
  }
}
