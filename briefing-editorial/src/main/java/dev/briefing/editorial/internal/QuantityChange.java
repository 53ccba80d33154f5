package dev.briefing.editorial.internal;

import dev.briefing.core.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a figure's change of value amounts to: up or down, by how much and by what percent of
 * the previous value (ranges by their midpoints), or why the two cannot be compared.
 */
final class QuantityChange {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private QuantityChange() {}

  static Optional<String> describe(Optional<Quantity> previous, Optional<Quantity> current) {
    if (previous.isEmpty() || current.isEmpty()) {
      return Optional.empty();
    }
    Quantity a = previous.get();
    Quantity b = current.get();
    if (!a.currency().equals(b.currency())) {
      return Optional.of("not compared: currency " + a.currency().orElse("none") + " became " + b.currency().orElse("none"));
    }
    if (!a.unit().equals(b.unit())) {
      return Optional.of("not compared: unit " + a.unit().orElse("none") + " became " + b.unit().orElse("none"));
    }
    BigDecimal from = midpoint(a);
    BigDecimal to = midpoint(b);
    int sign = to.compareTo(from);
    if (sign == 0) {
      return Optional.of("same quantity");
    }
    BigDecimal delta = to.subtract(from).abs();
    String unit = a.currency().or(a::unit).map(u -> " " + u).orElse("");
    StringBuilder note = new StringBuilder(sign > 0 ? "up " : "down ").append(plain(delta)).append(unit);
    if (from.signum() != 0) {
      BigDecimal percent = to.subtract(from).multiply(HUNDRED).divide(from.abs(), 1, RoundingMode.HALF_UP);
      note.append(" (").append(percent.signum() > 0 ? "+" : "").append(percent.toPlainString()).append("%)");
    }
    if (a.low().compareTo(a.high()) != 0 || b.low().compareTo(b.high()) != 0) {
      note.append(", by midpoints");
    }
    return Optional.of(note.toString());
  }

  private static BigDecimal midpoint(Quantity q) {
    return q.low().add(q.high()).divide(TWO);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
