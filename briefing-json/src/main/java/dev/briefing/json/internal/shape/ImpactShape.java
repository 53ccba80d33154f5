package dev.briefing.json.internal.shape;

import dev.briefing.core.Confidence;
import dev.briefing.core.Impact;
import dev.briefing.core.Likelihood;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.time.Period;
import java.util.Optional;

/**
 * An impact on the wire: {@code {"order": 1, "text": "..."}}, and since 1.1 optional
 * {@code likelihood}, {@code confidence} and {@code horizon}.
 */
public final class ImpactShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.IMPACT, WireNames.ORDER, WireNames.TEXT);

  private ImpactShape() {}

  /** @return the impact whose object the reader is on */
  public static Impact read(WireInput in) throws IOException {
    int order = 0;
    String text = null;
    Likelihood likelihood = null;
    Confidence confidence = null;
    Period horizon = null;
    Properties.Walk walk = PROPERTIES.walk(in, "an impact object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0 -> order = in.integer();
        case 1 -> text = in.prose();
        case 2 -> likelihood = Terms.likelihood(in);
        case 3 -> confidence = Terms.confidence(in);
        default -> horizon = WirePeriod.read(in);
      }
    }
    Impact impact = Impact.of(order, text);
    if (likelihood == null && confidence == null && horizon == null) {
      return impact;
    }
    return Impact.builder().from(impact).likelihood(Optional.ofNullable(likelihood))
        .confidence(Optional.ofNullable(confidence)).horizon(Optional.ofNullable(horizon)).build();
  }

  public static void write(Impact impact, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.w.name(WireNames.ORDER);
    out.w.number(impact.order());
    out.property(WireNames.TEXT, impact.text());
    Terms.write(out, WireNames.LIKELIHOOD, impact.likelihood());
    Terms.write(out, WireNames.CONFIDENCE, impact.confidence());
    WirePeriod.write(out, WireNames.HORIZON, impact.horizon());
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
