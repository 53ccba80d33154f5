package dev.briefing.web.internal;

import dev.briefing.core.Figure;
import dev.briefing.core.Quantity;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One figure as a schema.org value: an {@code Observation} when its as-of is a date (which
 * becomes {@code observationDate}), a {@code QuantitativeValue} otherwise. The label is the
 * {@code name} and the value as written the {@code alternateName}, so nothing the author wrote
 * is lost; the parsed quantity gives {@code value}, or {@code minValue} and {@code maxValue}
 * for a range, and {@code unitText} (the ISO 4217 currency or the unit). An as-of that is not a
 * date is the {@code description}; the source is named as a {@code CreativeWork} the figure is
 * the {@code subjectOf}.
 */
final class FigureJson {

  private FigureJson() {}

  static void write(JsonGenerator json, Figure figure) {
    Optional<String> date = figure.asOf().flatMap(ObservationDate::parse);
    json.writeStartObject();
    json.write("@type", date.isPresent() ? "Observation" : "QuantitativeValue");
    json.write("name", figure.label());
    json.write("alternateName", figure.value());
    figure.quantity().ifPresent(quantity -> writeQuantity(json, quantity));
    if (date.isPresent()) {
      json.write("observationDate", date.get());
    } else {
      figure.asOf().ifPresent(asOf -> json.write("description", asOf));
    }
    figure.source().ifPresent(source -> json.writeStartObject("subjectOf")
        .write("@type", "CreativeWork")
        .write("name", source)
        .writeEnd());
    json.writeEnd();
  }

  private static void writeQuantity(JsonGenerator json, Quantity quantity) {
    if (quantity.isRange()) {
      json.write("minValue", plain(quantity.low()));
      json.write("maxValue", plain(quantity.high()));
    } else {
      json.write("value", plain(quantity.low()));
    }
    quantity.currency().or(quantity::unit).ifPresent(unit -> json.write("unitText", unit));
  }

  /** 72.3e9 as {@code 72300000000}, not {@code 7.23E+10}, which readers of JSON-LD would show. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
