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
    String[] value = new String[1];
    QuantityShape.Parts[] quantity = new QuantityShape.Parts[1];
    PROPERTIES.read(in, in.objectStart("a figure object"), index -> {
      switch (index) {
        case 0:
          value[0] = in.string();
          figure.value(value[0]);
          break;
        case 1:
          figure.label(in.string());
          break;
        case 2:
          figure.source(Optional.ofNullable(in.optionalString()));
          break;
        case 3:
          figure.asOf(Optional.ofNullable(in.optionalString()));
          break;
        default:
          in.reader().next();
          quantity[0] = QuantityShape.parts(in);
      }
    });
    Figure built = figure.build();
    if (quantity[0] != null) {
      quantity[0].check(in.reader(), value[0], built.quantity());
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
