package dev.briefing.core;

import dev.briefing.core.internal.validation.AccessorConstraints;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.Horizon;
import dev.briefing.core.internal.validation.ImpactsInOrder;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An analytic news briefing: The Signal, What Happened, Why It Matters, The Numbers and What To
 * Watch, with optional title and publishing metadata.
 *
 * <p>Instances are immutable and null-hostile; lists keep the order given and cannot be
 * modified. Two briefings are equal when all their parts are equal. Building checks only
 * presence; {@link BriefingValidator} checks everything else (blank text, lengths, impact
 * order, URLs).
 *
 * <pre>{@code
 * Briefing briefing = Briefing.builder()
 *     .signal("Talent, not scale, is the new frontier.")
 *     .whatHappened("A founding researcher joined a rival lab.")
 *     .addImpacts(Impact.of(1, "The lab gains a proven operator."))
 *     .addFigures(Figure.of("$72.3B", "Capital raised to date"))
 *     .addWatchItems(WatchItem.of("Counter-moves", "Retention offers from rivals."))
 *     .build();
 * Briefing retitled = briefing.withTitle("Karpathy joins Anthropic");
 * Briefing calibrated = briefing                       // model 1.1
 *     .withSignalLikelihood(Likelihood.LIKELY)
 *     .withSignalConfidence(Confidence.MODERATE)
 *     .withSignalHorizon(Period.ofMonths(18))
 *     .withAlternativeViews(AlternativeView.of("Scale still wins."));
 * }</pre>
 *
 * <p>The 1.1 parts (likelihood, confidence and horizon of The Signal and of each impact,
 * {@link AlternativeView}s, {@link Signpost}s on watch items) are all optional: a briefing
 * without them is a 1.0 briefing, and every format writes it as it did before they existed.
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
@ImpactsInOrder
public abstract class Briefing implements WithBriefing {

  Briefing() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Briefing withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /** @return a builder for a briefing; {@code signal} and {@code whatHappened} are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the headline, if the briefing has one */
  public abstract Optional<@NonBlank @Size(max = Limits.TITLE) @PlainText(singleLine = true) String> title();

  /** @return The Signal: the thesis, plain text */
  @NonBlank
  @Size(max = Limits.SIGNAL)
  @PlainText
  public abstract String signal();

  /** @return how likely The Signal is, on ICD 203's scale (model 1.1) */
  public abstract Optional<Likelihood> signalLikelihood();

  /** @return how well founded The Signal is (model 1.1) */
  public abstract Optional<Confidence> signalConfidence();

  /**
   * @return the time within which The Signal is expected to hold (model 1.1), as
   *     {@link Impact#horizon()}
   */
  public abstract Optional<@Horizon Period> signalHorizon();

  /** @return What Happened: the narrative, plain text; a blank line separates paragraphs */
  @NonBlank
  @Size(max = Limits.WHAT_HAPPENED)
  @PlainText
  public abstract String whatHappened();

  /** @return Why It Matters: the impacts, ordered by {@link Impact#order()} */
  @Size(max = Limits.IMPACTS)
  public abstract List<@Valid Impact> impacts();

  /** @return the alternative views, in the order given (model 1.1) */
  @Size(max = Limits.ALTERNATIVE_VIEWS)
  public abstract List<@Valid AlternativeView> alternativeViews();

  /** @return The Numbers: the figures, in the order given */
  @Size(max = Limits.FIGURES)
  public abstract List<@Valid Figure> figures();

  /** @return What To Watch: the watch items, in the order given */
  @Size(max = Limits.WATCH_ITEMS)
  public abstract List<@Valid WatchItem> watchItems();

  /** @return publishing metadata; {@link Metadata#empty()} when none was given */
  @Value.Default
  @Valid
  public Metadata metadata() {
    return Metadata.empty();
  }

  /** Builds a {@link Briefing}. */
  public static final class Builder extends ImmutableBriefing.Builder {
    Builder() {}
  }
}
