package dev.briefing.json.internal.shape;

import dev.briefing.core.Source;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.net.URI;

/** A metadata source on the wire: {@code {"title": "...", "url": "https://..."}}. */
public final class SourceShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.SOURCE_OBJECT, WireNames.TITLE, WireNames.URL);

  private SourceShape() {}

  /** @return the source whose object the reader is on */
  public static Source read(WireInput in) throws IOException {
    String title = null;
    URI url = null;
    Properties.Walk walk = PROPERTIES.walk(in, "a source object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      if (index == 0) {
        title = in.line();
      } else {
        url = in.uri(in.string());
      }
    }
    return Source.of(title, url);
  }

  public static void write(Source source, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.TITLE, source.title());
    out.property(WireNames.URL, source.url().toString());
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
