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
    String[] title = new String[1];
    URI[] url = new URI[1];
    PROPERTIES.readObject(in, "a source object", index -> {
      if (index == 0) {
        title[0] = in.line();
      } else {
        url[0] = in.uri(in.string());
      }
    });
    return Source.of(title[0], url[0]);
  }

  public static void write(Source source, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.TITLE, source.title());
    out.property(WireNames.URL, source.url().toString());
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
