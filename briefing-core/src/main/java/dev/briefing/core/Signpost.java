package dev.briefing.core;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.AccessorConstraints;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import dev.briefing.core.internal.validation.WritableDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signpost on a {@link WatchItem} (model 1.1): the observable indicator that would show the
 * judgment playing out, the threshold at which it counts, the date by which to look again, and
 * where it stands.
 *
 * <pre>{@code
 * Signpost signpost = Signpost.builder()
 *     .indicator("Retention grants disclosed by OpenAI")
 *     .threshold("more than 100 engineers")
 *     .reviewBy(LocalDate.parse("2026-06-30"))
 *     .build();
 * signpost.status(); // OPEN
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Signpost implements WithSignpost {

  Signpost() {}

  /**
   * An open signpost with no threshold or date.
   *
   * @param indicator what to observe, one line
   * @return the signpost
   */
  public static Signpost of(String indicator) {
    return ImmutableSignpost.of(indicator);
  }

  /** @return a builder for a signpost; {@code indicator} is required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return what to observe, one line of plain text */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.SIGNPOST_INDICATOR)
  @PlainText(singleLine = true)
  public abstract String indicator();

  /** @return the level or event at which the indicator counts as observed, such as {@code "above 5 GW"} */
  public abstract Optional<@NonBlank @Size(max = Limits.SIGNPOST_THRESHOLD) @PlainText(singleLine = true) String> threshold();

  /** @return the date by which the desk looks at the signpost again; to validate, in the years 0001 to 9999 */
  public abstract Optional<@WritableDate LocalDate> reviewBy();

  /** @return where the signpost stands; {@link SignpostStatus#OPEN} unless set */
  @Value.Default
  public SignpostStatus status() {
    return SignpostStatus.OPEN;
  }

  /** Builds a {@link Signpost}. */
  public static final class Builder extends ImmutableSignpost.Builder {
    Builder() {}
  }
}
