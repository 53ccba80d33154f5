package dev.briefing.json.internal.shape;

import dev.briefing.core.Impact;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;

/** An impact on the wire: {@code {"order": 1, "text": "..."}}. */
public final class ImpactShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.IMPACT, WireNames.ORDER, WireNames.TEXT);

  private ImpactShape() {}

  /** @return the impact whose object the reader is on */
  public static Impact read(WireInput in) throws IOException {
    Parts parts = new Parts(in);
    PROPERTIES.read(in, in.objectStart("an impact object"), parts);
    return Impact.of(parts.order, parts.text);
  }

  public static void write(Impact impact, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.w.name(WireNames.ORDER);
    out.w.number(impact.order());
    out.property(WireNames.TEXT, impact.text());
    out.extrasAt(pointer);
    out.w.endObject();
  }

  private static final class Parts implements Properties.Body {
    private final WireInput in;
    int order;
    String text;

    Parts(WireInput in) {
      this.in = in;
    }

    @Override
    public void read(int index) throws IOException {
      if (index == 0) {
        order = in.integer();
      } else {
        text = in.string();
      }
    }
  }
}
