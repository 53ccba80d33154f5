package dev.briefing.json.internal.shape;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Quantity;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.Problems;
import dev.briefing.json.internal.WireDecimal;
import dev.briefing.json.internal.WireNames;
import dev.briefing.json.internal.wire.WireReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity on the wire: {@code {"low": "72300000000", "high": "72300000000", "currency":
 * "USD", "approximate": false}}, bounds as plain decimal strings. Inside a figure it is derived
 * from the value and only checked against it; on its own (in a user's type) it is read whole.
 */
public final class QuantityShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.QUANTITY_OBJECT,
      WireNames.LOW, WireNames.HIGH, WireNames.APPROXIMATE);

  private QuantityShape() {}

  /** @return the quantity whose object the reader is on */
  public static Quantity read(WireInput in) throws IOException {
    Parts parts = parts(in);
    if (parts.low.compareTo(parts.high) > 0) {
      throw in.reader().error(parts.position, in.reader().path(),
          "expected low at most high but was low " + WireDecimal.format(parts.low)
              + " and high " + WireDecimal.format(parts.high));
    }
    return Quantity.builder().low(parts.low).high(parts.high).currency(Optional.ofNullable(parts.currency))
        .unit(Optional.ofNullable(parts.unit)).approximate(parts.approximate).build();
  }

  /** @return the parts of the quantity object the reader is on, remembering where it starts */
  static Parts parts(WireInput in) throws IOException {
    Parts parts = new Parts(in.reader().position());
    Properties.Walk walk = PROPERTIES.walk(in, "a quantity object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0 -> parts.low = in.decimal();
        case 1 -> parts.high = in.decimal();
        case 2 -> parts.currency = in.optionalString();
        case 3 -> parts.unit = in.optionalString();
        default -> parts.approximate = in.bool();
      }
    }
    return parts;
  }

  public static void write(Quantity q, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.w.name(WireNames.LOW);
    out.decimal(q.low());
    out.w.name(WireNames.HIGH);
    out.decimal(q.high());
    out.property(WireNames.CURRENCY, q.currency());
    out.property(WireNames.UNIT, q.unit());
    out.w.name(WireNames.APPROXIMATE);
    out.w.bool(q.approximate());
    out.extrasAt(pointer);
    out.w.endObject();
  }

  /** A quantity as read, before it is checked or built. */
  static final class Parts {
    /** Where the object starts: a message is made of it only for an error. */
    final long position;
    BigDecimal low;
    BigDecimal high;
    String currency;
    String unit;
    boolean approximate;

    Parts(long position) {
      this.position = position;
    }

    /**
     * Checks the quantity read inside a figure against the one its value gives. Called right
     * after the figure's end, where the reader's path is the figure's.
     */
    void check(WireReader r, String value, Optional<Quantity> derived) {
      if (derived.isEmpty()) {
        throw r.error(position, path(r).toString(), Problems.quantityWithoutValue(value));
      }
      Quantity q = derived.get();
      if (low.compareTo(q.low()) != 0) {
        throw disagree(r, WireNames.LOW, WireDecimal.format(q.low()), WireDecimal.format(low), value);
      }
      if (high.compareTo(q.high()) != 0) {
        throw disagree(r, WireNames.HIGH, WireDecimal.format(q.high()), WireDecimal.format(high), value);
      }
      if (!Objects.equals(currency, q.currency().orElse(null))) {
        throw disagree(r, WireNames.CURRENCY, q.currency().orElse("none"), currency == null ? "none" : currency, value);
      }
      if (!Objects.equals(unit, q.unit().orElse(null))) {
        throw disagree(r, WireNames.UNIT, q.unit().orElse("none"), unit == null ? "none" : unit, value);
      }
      if (approximate != q.approximate()) {
        throw disagree(r, WireNames.APPROXIMATE, String.valueOf(q.approximate()), String.valueOf(approximate), value);
      }
    }

    /** The path of the quantity, made only for a message: a figure that agrees costs no path. */
    private static StringBuilder path(WireReader r) {
      return JsonPathText.appendName(new StringBuilder(r.path()), WireNames.QUANTITY);
    }

    private BriefingFormatException disagree(WireReader r, String part, String expected,
        String actual, String value) {
      String partPath = JsonPathText.appendName(path(r), part).toString();
      return r.error(position, partPath, Problems.quantityDisagrees(part, expected, value, actual));
    }
  }
}
