package dev.briefing.json.internal.shape;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.Problems;
import dev.briefing.json.internal.SchemaVersion;
import dev.briefing.json.internal.WireNames;
import dev.briefing.json.internal.wire.Token;
import java.io.IOException;
import java.util.List;

/**
 * A briefing on the wire: {@code schemaVersion} first, then its sections in the documented
 * order. Everything that can fail on write (the publication date) is worked out before the
 * first token, so a briefing is written whole or not at all.
 */
public final class BriefingShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.BRIEFING, WireNames.SCHEMA_VERSION,
      WireNames.SIGNAL, WireNames.WHAT_HAPPENED, WireNames.IMPACTS, WireNames.FIGURES, WireNames.WATCH_ITEMS);

  private BriefingShape() {}

  /** Reads a whole document: one briefing object and then nothing but whitespace. */
  public static Briefing document(WireInput in) throws IOException {
    Token first = in.reader().next();
    if (first != Token.BEGIN_OBJECT) {
      throw in.reader().error(Problems.expected("a briefing object", Token.describe(first)));
    }
    Briefing briefing = read(in);
    Token after = in.reader().next();
    if (after != null) {
      throw in.reader().error(Problems.trailingContent(Token.describe(after)));
    }
    return briefing;
  }

  /** @return the briefing whose object the reader is on */
  public static Briefing read(WireInput in) throws IOException {
    Briefing.Builder briefing = Briefing.builder();
    PROPERTIES.read(in, in.objectStart("a briefing object"), index -> {
      switch (index) {
        case 0:
          in.schemaVersion();
          break;
        case 1:
          String title = in.optionalString();
          if (title != null) {
            briefing.title(title);
          }
          break;
        case 2:
          briefing.signal(in.string());
          break;
        case 3:
          briefing.whatHappened(in.string());
          break;
        case 4:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addImpacts(ImpactShape.read(in));
          }
          break;
        case 5:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addFigures(FigureShape.read(in));
          }
          break;
        case 6:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addWatchItems(WatchItemShape.read(in));
          }
          break;
        default:
          in.reader().next();
          briefing.metadata(MetadataShape.read(in));
      }
    });
    in.endOfBriefing();
    return briefing.build();
  }

  /** Writes a briefing object, with the kept unknown properties {@code out} places. */
  public static void write(Briefing b, WireOutput out) throws IOException {
    Metadata metadata = b.metadata();
    String published = MetadataShape.published(metadata);
    boolean withExtras = out.hasExtras();
    out.w.beginObject();
    out.property(WireNames.SCHEMA_VERSION, SchemaVersion.CURRENT);
    out.property(WireNames.TITLE, b.title());
    out.property(WireNames.SIGNAL, b.signal());
    out.property(WireNames.WHAT_HAPPENED, b.whatHappened());
    out.w.name(WireNames.IMPACTS);
    out.w.beginArray();
    List<Impact> impacts = b.impacts();
    for (int i = 0, n = impacts.size(); i < n; i++) {
      ImpactShape.write(impacts.get(i), out, withExtras ? "/impacts/" + i : null);
    }
    out.w.endArray();
    out.w.name(WireNames.FIGURES);
    out.w.beginArray();
    List<Figure> figures = b.figures();
    for (int i = 0, n = figures.size(); i < n; i++) {
      FigureShape.write(figures.get(i), out, withExtras ? "/figures/" + i : null);
    }
    out.w.endArray();
    out.w.name(WireNames.WATCH_ITEMS);
    out.w.beginArray();
    List<WatchItem> watchItems = b.watchItems();
    for (int i = 0, n = watchItems.size(); i < n; i++) {
      WatchItemShape.write(watchItems.get(i), out, withExtras ? "/watchItems/" + i : null);
    }
    out.w.endArray();
    if (!metadata.isEmpty() || out.anyExtrasUnder("/metadata")) {
      out.w.name(WireNames.METADATA);
      MetadataShape.write(metadata, published, out, withExtras ? "/metadata" : null);
    }
    out.extrasAt(withExtras ? "" : null);
    out.w.endObject();
  }
}
