package dev.briefing.json.internal.shape;

import dev.briefing.core.Signpost;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A watch item on the wire: {@code {"title": "...", "description": "..."}}, and since 1.1
 * {@code signposts}, left out when there is none.
 */
public final class WatchItemShape {

  private static final Properties PROPERTIES =
      Properties.of(WireNames.WATCH_ITEM, WireNames.TITLE, WireNames.DESCRIPTION);

  private WatchItemShape() {}

  /** @return the watch item whose object the reader is on */
  public static WatchItem read(WireInput in) throws IOException {
    String title = null;
    String description = null;
    List<Signpost> signposts = new ArrayList<>(0);
    Properties.Walk walk = PROPERTIES.walk(in, "a watch item object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0 -> title = in.line();
        case 1 -> description = in.prose();
        default -> {
          in.arrayStart();
          while (in.nextElement()) {
            signposts.add(SignpostShape.read(in));
          }
        }
      }
    }
    WatchItem item = WatchItem.of(title, description);
    return signposts.isEmpty() ? item : item.withSignposts(signposts);
  }

  public static void write(WatchItem item, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.TITLE, item.title());
    out.property(WireNames.DESCRIPTION, item.description());
    List<Signpost> signposts = item.signposts();
    if (!signposts.isEmpty()) {
      out.w.name(WireNames.SIGNPOSTS);
      out.w.beginArray();
      for (int i = 0, n = signposts.size(); i < n; i++) {
        SignpostShape.write(signposts.get(i), out, pointer == null ? null : pointer + "/signposts/" + i);
      }
      out.w.endArray();
    }
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
