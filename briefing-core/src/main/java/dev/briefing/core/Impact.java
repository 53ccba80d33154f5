package dev.briefing.core;

import dev.briefing.core.internal.validation.AccessorConstraints;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import dev.briefing.core.internal.validation.Horizon;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One judgment under "Why It Matters": what follows from the event, and at which remove.
 *
 * <p>Order 1 is a first-order (direct) impact, 2 a second-order impact (a consequence of the
 * first), and so on. Since model 1.1 an impact may say how likely it is, with what confidence,
 * and over what horizon.
 *
 * <pre>{@code
 * Impact impact = Impact.of(2, "Rivals re-evaluate their retention strategies.")
 *     .withLikelihood(Likelihood.VERY_LIKELY)
 *     .withConfidence(Confidence.MODERATE)
 *     .withHorizon(Period.ofMonths(18));
 * impact.order(); // 2
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Impact implements WithImpact {

  /** The largest order a briefing may use; beyond it the distinction stops being editorial. */
  public static final int MAX_ORDER = 10;

  Impact() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Impact withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /**
   * An impact of the given order.
   *
   * @param order 1 for first-order, 2 for second-order, ...
   * @param text the judgment, plain text
   * @return the impact
   */
  public static Impact of(int order, String text) {
    return ImmutableImpact.of(order, text);
  }

  /** @return a builder for an impact */
  public static Builder builder() {
    return new Builder();
  }

  /** @return 1 for first-order, 2 for second-order, and so on */
  @Value.Parameter
  @Min(1)
  @Max(MAX_ORDER)
  public abstract int order();

  /** @return the judgment, plain text; a blank line separates paragraphs */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.IMPACT_TEXT)
  @PlainText
  public abstract String text();

  /** @return how likely the judgment is, on ICD 203's scale (model 1.1) */
  public abstract Optional<Likelihood> likelihood();

  /** @return how well founded the judgment is (model 1.1) */
  public abstract Optional<Confidence> confidence();

  /**
   * @return the time within which the judgment is expected to hold (model 1.1), kept in the parts
   *     it was given ({@code P18M} is eighteen months, not one year and six); to validate, a
   *     period ahead whose years, months and days are each 0 to 9999
   */
  public abstract Optional<@Horizon Period> horizon();

  /** Builds an {@link Impact}; {@code order} and {@code text} are required. */
  public static final class Builder extends ImmutableImpact.Builder {
    Builder() {}
  }
}
