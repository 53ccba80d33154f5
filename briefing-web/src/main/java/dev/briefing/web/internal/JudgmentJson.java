package dev.briefing.web.internal;

import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.kit.SectionLabels;
import jakarta.json.stream.JsonGenerator;
import java.time.Period;
import java.util.Optional;

/**
 * A judgment's likelihood, confidence and horizon (model 1.1) as the {@code additionalProperty}
 * of the node it qualifies, one schema.org {@code PropertyValue} each, since schema.org has no
 * terms of its own for them. {@code propertyID} is the model's name ({@code likelihood},
 * {@code confidence}, {@code horizon}) and {@code value} its term ({@code likely},
 * {@code moderate}, {@code P18M}), both the same in every language; {@code name} is the label.
 * A likelihood also gives its ICD 203 range of probability as {@code minValue} and
 * {@code maxValue} in {@code unitText} "percent".
 */
final class JudgmentJson {

  private JudgmentJson() {}

  static boolean isPresent(Optional<Likelihood> likelihood, Optional<Confidence> confidence, Optional<Period> horizon) {
    return likelihood.isPresent() || confidence.isPresent() || horizon.isPresent();
  }

  static void write(JsonGenerator json, SectionLabels labels, Optional<Likelihood> likelihood,
      Optional<Confidence> confidence, Optional<Period> horizon) {
    if (!isPresent(likelihood, confidence, horizon)) {
      return;
    }
    json.writeStartArray("additionalProperty");
    likelihood.ifPresent(l -> property(json, "likelihood", labels.likelihood(), l.term())
        .write("minValue", l.lowPercent())
        .write("maxValue", l.highPercent())
        .write("unitText", "percent")
        .writeEnd());
    confidence.ifPresent(c -> property(json, "confidence", labels.confidence(), c.term()).writeEnd());
    horizon.ifPresent(h -> property(json, "horizon", labels.horizon(), h.toString()).writeEnd());
    json.writeEnd();
  }

  private static JsonGenerator property(JsonGenerator json, String id, String name, String value) {
    return json.writeStartObject()
        .write("@type", "PropertyValue")
        .write("propertyID", id)
        .write("name", name)
        .write("value", value);
  }
}
