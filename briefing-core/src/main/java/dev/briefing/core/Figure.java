package dev.briefing.core;

import dev.briefing.core.internal.validation.AccessorConstraints;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry under "The Numbers": a value exactly as written, what it measures, and where it
 * comes from or when it held.
 *
 * <p>The value is kept as written ({@code "$72.3B"}, {@code "2,300–5,000"}) because that is what
 * readers see; {@link #quantity()} is its machine-readable reading, derived from the value and
 * therefore never out of step with it.
 *
 * <pre>{@code
 * Figure figure = Figure.builder()
 *     .value("$72.3B")
 *     .label("Total capital raised to date")
 *     .source("various sources")
 *     .build();
 * figure.quantity().get().low(); // 72300000000
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Figure implements WithFigure {

  /** The value's quantity once parsed; not an attribute, so equality and copies ignore it. */
  private transient Optional<Quantity> quantity;

  Figure() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Figure withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /**
   * A figure without source or date.
   *
   * @param value the value as written, such as {@code "$380B"}
   * @param label what the value measures
   * @return the figure
   */
  public static Figure of(String value, String label) {
    return ImmutableFigure.of(value, label);
  }

  /** @return a builder for a figure */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the value exactly as written, such as {@code "$72.3B"} or {@code "2,300–5,000"} */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.FIGURE_VALUE)
  @PlainText(singleLine = true)
  public abstract String value();

  /** @return what the value measures */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.FIGURE_LABEL)
  @PlainText(singleLine = true)
  public abstract String label();

  /** @return where the value comes from, such as {@code "TechCrunch"} */
  public abstract Optional<@NonBlank @Size(max = Limits.FIGURE_SOURCE) @PlainText(singleLine = true) String> source();

  /** @return the date or period at which the value held, such as {@code "2026"} or {@code "Q3 2025"} */
  public abstract Optional<@NonBlank @Size(max = Limits.FIGURE_AS_OF) @PlainText(singleLine = true) String> asOf();

  /**
   * The value read as a number or range with its currency or unit; empty when the value is not
   * written as a quantity (for example {@code "record"}).
   *
   * @return the parsed quantity
   * @see Quantity#parse(String)
   */
  public Optional<Quantity> quantity() {
    // Parsed on first use and kept without a lock (what Immutables' lazy attributes take on
    // every first call, a visible share of reading a document with many figures): Optional and
    // Quantity are immutable with final fields, so a racing thread sees a whole one or none,
    // and at worst parses the same value again.
    Optional<Quantity> parsed = quantity;
    if (parsed == null) {
      parsed = Quantity.parse(value());
      quantity = parsed;
    }
    return parsed;
  }

  /** Builds a {@link Figure}; {@code value} and {@code label} are required. */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }
}
