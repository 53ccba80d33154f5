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
    Parts parts = new Parts(in);
    PROPERTIES.readObject(in, "a figure object", parts);
    Figure built = parts.figure.build();
    if (parts.quantity != null) {
      parts.quantity.check(in.reader(), parts.value, built.quantity());
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

  /** One figure's read: a body of its own, so a figure allocates no lambda and no holder arrays. */
  private static final class Parts implements Properties.Body {
    private final WireInput in;
    final Figure.Builder figure = Figure.builder();
    String value;
    QuantityShape.Parts quantity;

    Parts(WireInput in) {
      this.in = in;
    }

    @Override
    public void read(int index) throws IOException {
      switch (index) {
        case 0:
          value = in.line();
          figure.value(value);
          break;
        case 1:
          figure.label(in.line());
          break;
        case 2:
          figure.source(Optional.ofNullable(in.optionalLine()));
          break;
        case 3:
          figure.asOf(Optional.ofNullable(in.optionalLine()));
          break;
        default:
          in.reader().next();
          quantity = QuantityShape.parts(in);
      }
    }
  }
}
