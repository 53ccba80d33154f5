package dev.briefing.json.internal.shape;

import dev.briefing.core.AlternativeView;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.Optional;

/** An alternative view on the wire (1.1): {@code {"text": "...", "likelihood": "unlikely"}}. */
public final class AlternativeViewShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.ALTERNATIVE_VIEW, WireNames.TEXT);

  private AlternativeViewShape() {}

  /** @return the alternative view whose object the reader is on */
  public static AlternativeView read(WireInput in) throws IOException {
    AlternativeView.Builder view = AlternativeView.builder();
    Properties.Walk walk = PROPERTIES.walk(in, "an alternative view object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      if (index == 0) {
        view.text(in.prose());
      } else {
        view.likelihood(Optional.ofNullable(Terms.likelihood(in)));
      }
    }
    return view.build();
  }

  public static void write(AlternativeView view, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.TEXT, view.text());
    Terms.write(out, WireNames.LIKELIHOOD, view.likelihood());
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
