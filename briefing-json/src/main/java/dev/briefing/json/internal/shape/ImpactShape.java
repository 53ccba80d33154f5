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
    Parts parts = new Parts(in);
    PROPERTIES.readObject(in, "an impact object", parts);
    Impact impact = Impact.of(parts.order, parts.text);
    if (parts.likelihood == null && parts.confidence == null && parts.horizon == null) {
      return impact;
    }
    return Impact.builder().from(impact).likelihood(Optional.ofNullable(parts.likelihood))
        .confidence(Optional.ofNullable(parts.confidence)).horizon(Optional.ofNullable(parts.horizon)).build();
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

  private static final class Parts implements Properties.Body {
    private final WireInput in;
    int order;
    String text;
    Likelihood likelihood;
    Confidence confidence;
    Period horizon;

    Parts(WireInput in) {
      this.in = in;
    }

    @Override
    public void read(int index) throws IOException {
      switch (index) {
        case 0 -> order = in.integer();
        case 1 -> text = in.prose();
        case 2 -> likelihood = Terms.likelihood(in);
        case 3 -> confidence = Terms.confidence(in);
        default -> horizon = WirePeriod.read(in);
      }
    }
  }
}
