package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.core.Likelihood;
import java.util.List;

/** A sentence of a judgment with terms from two or more rows of the likelihood scale. */
public final class MixedLikelihoodTerms implements Rule {
  @Override
  public void check(Briefing briefing, Report report) {
    for (Judgment judgment : Judgment.of(briefing)) {
      List<String> sentences = judgment.sentences();
      for (int s = 0; s < sentences.size(); s++) {
        List<ScaleTerms.Found> terms = ScaleTerms.in(sentences.get(s));
        Likelihood first = terms.isEmpty() ? null : terms.get(0).row();
        for (ScaleTerms.Found term : terms) {
          if (term.row() != first) {
            report.add(judgment.path(), "sentence " + (s + 1) + " says \"" + terms.get(0).term() + "\" ("
                + first.lowPercent() + "–" + first.highPercent() + "%) and \"" + term.term() + "\" ("
                + term.row().lowPercent() + "–" + term.row().highPercent() + "%): use terms of one row of the scale");
            break;
          }
        }
      }
    }
  }
}
