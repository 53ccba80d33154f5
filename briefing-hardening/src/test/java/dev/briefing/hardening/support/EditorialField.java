package dev.briefing.hardening.support;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.BiFunction;

/**
 * Every text field of the model 1.1 parts, as a way to put one string into {@link
 * BenignBriefing} with every 1.1 part present (judgments on The Signal and the impacts, an
 * alternative view, a signpost), so each corpus string is also tried where the 1.1 parts write
 * user text.
 *
 * <pre>{@code
 * Briefing hostile = EditorialField.SIGNPOST_INDICATOR.put(BenignBriefing.create(), "<script>");
 * }</pre>
 */
public enum EditorialField {
  ALTERNATIVE_VIEW((b, s) -> b.withAlternativeViews(AlternativeView.builder().text(s).likelihood(Likelihood.UNLIKELY)
      .build())),
  SIGNPOST_INDICATOR((b, s) -> b.withWatchItems(b.watchItems().get(0).withSignposts(Signpost.builder().indicator(s)
      .threshold("Plain threshold").reviewBy(LocalDate.of(2026, 6, 30)).status(SignpostStatus.TRIGGERED).build()))),
  SIGNPOST_THRESHOLD((b, s) -> b.withWatchItems(b.watchItems().get(0).withSignposts(Signpost.builder()
      .indicator("Plain indicator").threshold(s).build())));

  private final BiFunction<Briefing, String, Briefing> put;

  EditorialField(BiFunction<Briefing, String, Briefing> put) {
    this.put = put;
  }

  /** @return a copy of {@code briefing} with every 1.1 part present and {@code text} in this field */
  public Briefing put(Briefing briefing, String text) {
    Briefing judged = briefing.withSignalLikelihood(Likelihood.LIKELY).withSignalConfidence(Confidence.MODERATE)
        .withSignalHorizon(Period.ofMonths(18))
        .withImpacts(briefing.impacts().stream()
            .map(impact -> impact.withLikelihood(Likelihood.VERY_LIKELY).withConfidence(Confidence.HIGH)).toList())
        .withAlternativeViews(AlternativeView.of("Plain alternative view."))
        .withWatchItems(briefing.watchItems().stream()
            .map(item -> item.withSignposts(Signpost.of("Plain indicator"))).toList());
    return put.apply(judged, text);
  }
}
