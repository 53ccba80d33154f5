package dev.briefing.editorial.internal.lint;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;
import dev.briefing.core.Likelihood;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A judgment of a briefing as the ICD 203 rules read it: The Signal, each impact and each
 * alternative view, with the path of its text and its likelihood, if it states one.
 */
record Judgment(String path, String text, Optional<Likelihood> likelihood) {

  static List<Judgment> of(Briefing b) {
    List<Judgment> judgments = new ArrayList<>();
    judgments.add(new Judgment("$.signal", b.signal(), b.signalLikelihood()));
    List<Impact> impacts = b.impacts();
    for (int i = 0; i < impacts.size(); i++) {
      judgments.add(new Judgment("$.impacts[" + i + "].text", impacts.get(i).text(), impacts.get(i).likelihood()));
    }
    List<AlternativeView> views = b.alternativeViews();
    for (int i = 0; i < views.size(); i++) {
      judgments.add(new Judgment("$.alternativeViews[" + i + "].text", views.get(i).text(), views.get(i).likelihood()));
    }
    return judgments;
  }

  /** @return the text's sentences, as the JDK's sentence boundaries in English find them */
  List<String> sentences() {
    return Sentences.of(text);
  }
}
