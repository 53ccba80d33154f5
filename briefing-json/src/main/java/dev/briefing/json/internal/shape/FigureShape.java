package dev.briefing.json.internal.shape;

import dev.briefing.core.Figure;
import dev.briefing.core.Quantity;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.Optional;

/**
 * A figure on the wire: value, label, optional source and as-of, and the quantity its value
 * gives (written whenever there is one; checked, never trusted, on read).
 */
public final class FigureShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.FIGURE, WireNames.VALUE, WireNames.LABEL);

  private FigureShape() {}

  /** @return the figure whose object the reader is on */
  public static Figure read(WireInput in) throws IOException {
    Figure.Builder figure = Figure.builder();
    String value = null;
    QuantityShape.Parts quantity = null;
    Properties.Walk walk = PROPERTIES.walk(in, "a figure object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0 -> {
          value = in.line();
          figure.value(value);
        }
        case 1 -> figure.label(in.line());
        case 2 -> figure.source(Optional.ofNullable(in.optionalLine()));
        case 3 -> figure.asOf(Optional.ofNullable(in.optionalLine()));
        default -> {
          in.reader().next();
          quantity = QuantityShape.parts(in);
        }
      }
    }
    Figure built = figure.build();
    if (quantity != null) {
      quantity.check(in.reader(), value, built.quantity());
    }
    return built;
  }

  public static void write(Figure figure, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.VALUE, figure.value());
    out.property(WireNames.LABEL, figure.label());
    out.property(WireNames.SOURCE, figure.source());
    out.property(WireNames.AS_OF, figure.asOf());
    Optional<Quantity> quantity = figure.quantity();
    if (quantity.isPresent()) {
      out.w.name(WireNames.QUANTITY);
      QuantityShape.write(quantity.get(), out, pointer == null ? null : pointer + "/quantity");
    }
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
