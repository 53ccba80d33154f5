package dev.briefing.core.internal.quantity;

import dev.briefing.core.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Makes a {@link Quantity} from its parts in one call. The model passes its generated factory,
 * so that the parser, which lives outside the model's package, needs no builder per value.
 */
@FunctionalInterface
public interface QuantityFactory {
  /**
   * @param low the lower bound
   * @param high the upper bound, at least {@code low}
   * @param currency the ISO 4217 code, if any
   * @param unit the unit, if any
   * @param approximate whether the value was marked as approximate
   * @return the quantity
   */
  Quantity create(BigDecimal low, BigDecimal high, Optional<String> currency, Optional<String> unit, boolean approximate);
}
