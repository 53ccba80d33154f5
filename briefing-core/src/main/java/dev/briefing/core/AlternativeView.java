package dev.briefing.core;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.AccessorConstraints;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An alternative view (model 1.1): a judgment the briefing does not make but that a reasonable
 * analyst could, with how likely the desk holds it (ICD 203's analysis of alternatives; "Room
 * for Disagreement" in some newsrooms).
 *
 * <pre>{@code
 * AlternativeView view = AlternativeView.of("Scale still wins: capital buys the talent back.")
 *     .withLikelihood(Likelihood.UNLIKELY);
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class AlternativeView implements WithAlternativeView {

  AlternativeView() {}

  /**
   * An alternative view without likelihood.
   *
   * @param text the alternative judgment, plain text
   * @return the view
   */
  public static AlternativeView of(String text) {
    return ImmutableAlternativeView.of(text);
  }

  /** @return a builder for an alternative view; {@code text} is required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the alternative judgment, plain text; a blank line separates paragraphs */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.ALTERNATIVE_TEXT)
  @PlainText
  public abstract String text();

  /** @return how likely the desk holds the alternative */
  public abstract Optional<Likelihood> likelihood();

  /** Builds an {@link AlternativeView}. */
  public static final class Builder extends ImmutableAlternativeView.Builder {
    Builder() {}
  }
}
