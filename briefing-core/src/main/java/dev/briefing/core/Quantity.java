package dev.briefing.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.quantity.QuantityParser;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure's value read as a number or a range, with its currency or unit.
 *
 * <p>Scale words are applied ({@code $72.3B} is 72,300,000,000 USD); a single value has
 * {@code low == high}; {@code 2,300–5,000} is the range 2300..5000. Currencies are ISO 4217
 * codes; units are kept as written ({@code %}, {@code x}, {@code GW}, {@code months}).
 *
 * <pre>{@code
 * Quantity q = Quantity.parse("~€1.2 trillion").orElseThrow();
 * q.low();          // 1200000000000
 * q.currency();     // Optional[EUR]
 * q.approximate();  // true
 * }</pre>
 */
@Value.Immutable
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Quantity implements WithQuantity {

  Quantity() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Quantity withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /** @return a builder for a quantity; {@code low} and {@code high} are required */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a value as people write it in "The Numbers".
   *
   * <p>Never throws for any string: a value that is not written as a quantity gives an empty
   * result.
   *
   * @param value the value as written, such as {@code "$72.3B"}, {@code "2,300–5,000"},
   *     {@code "~40%"}, {@code "18 months"}
   * @return the quantity, or empty when the value is not a quantity
   */
  public static Optional<Quantity> parse(String value) {
    return QuantityParser.parse(value, ImmutableQuantity::of);
  }

  // The parameters give the generated class a factory with every attribute, which the parser
  // uses instead of a builder per value.

  /** @return the lower bound, or the value itself when it is not a range */
  @Value.Parameter
  public abstract BigDecimal low();

  /** @return the upper bound, or the value itself when it is not a range */
  @Value.Parameter
  public abstract BigDecimal high();

  /** @return the ISO 4217 currency code, such as {@code USD} */
  @Value.Parameter
  public abstract Optional<String> currency();

  /** @return the unit as written, such as {@code %}, {@code x}, {@code GW} or {@code months} */
  @Value.Parameter
  public abstract Optional<String> unit();

  /** @return whether the value was marked as approximate ({@code ~}, "about", "over", ...) */
  @Value.Parameter
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** @return whether low and high differ */
  public final boolean isRange() {
    return low().compareTo(high()) != 0;
  }

  @Value.Check
  void checkBounds() {
    if (low().compareTo(high()) > 0) {
      throw new IllegalStateException("Quantity low " + low() + " is above high " + high());
    }
  }

  /** Builds a {@link Quantity}. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }
}
