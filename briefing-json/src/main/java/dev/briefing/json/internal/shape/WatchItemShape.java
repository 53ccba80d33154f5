package dev.briefing.json.internal.shape;

import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;

/** A watch item on the wire: {@code {"title": "...", "description": "..."}}. */
public final class WatchItemShape {

  private static final Properties PROPERTIES =
      Properties.of(WireNames.WATCH_ITEM, WireNames.TITLE, WireNames.DESCRIPTION);

  private WatchItemShape() {}

  /** @return the watch item whose object the reader is on */
  public static WatchItem read(WireInput in) throws IOException {
    String[] parts = new String[2];
    PROPERTIES.read(in, in.objectStart("a watch item object"), index -> parts[index] = in.string());
    return WatchItem.of(parts[0], parts[1]);
  }

  public static void write(WatchItem item, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.TITLE, item.title());
    out.property(WireNames.DESCRIPTION, item.description());
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
