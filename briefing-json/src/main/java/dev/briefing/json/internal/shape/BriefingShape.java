package dev.briefing.json.internal.shape;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.Problems;
import dev.briefing.json.internal.WireNames;
import dev.briefing.json.internal.wire.Token;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A briefing on the wire: {@code schemaVersion} first, then its sections in the documented
 * order. Everything that can fail on write (the publication date) is worked out before the
 * first token, so a briefing is written whole or not at all.
 */
public final class BriefingShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.BRIEFING, WireNames.SCHEMA_VERSION,
      WireNames.SIGNAL, WireNames.WHAT_HAPPENED, WireNames.IMPACTS, WireNames.FIGURES, WireNames.WATCH_ITEMS);
  // Indexes into WireNames.BRIEFING of the properties model 1.1 adds.
  private static final int SIGNAL_LIKELIHOOD = 3;
  private static final int SIGNAL_CONFIDENCE = 4;
  private static final int SIGNAL_HORIZON = 5;
  private static final int ALTERNATIVE_VIEWS = 8;

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
    Properties.Walk walk = PROPERTIES.walk(in, "a briefing object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0:
          in.schemaVersion();
          break;
        case 1:
          String title = in.optionalLine();
          if (title != null) {
            briefing.title(title);
          }
          break;
        case 2:
          briefing.signal(in.prose());
          break;
        case SIGNAL_LIKELIHOOD:
          briefing.signalLikelihood(Optional.ofNullable(Terms.likelihood(in)));
          break;
        case SIGNAL_CONFIDENCE:
          briefing.signalConfidence(Optional.ofNullable(Terms.confidence(in)));
          break;
        case SIGNAL_HORIZON:
          briefing.signalHorizon(Optional.ofNullable(WirePeriod.read(in)));
          break;
        case 6:
          briefing.whatHappened(in.prose());
          break;
        case 7:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addImpacts(ImpactShape.read(in));
          }
          break;
        case ALTERNATIVE_VIEWS:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addAlternativeViews(AlternativeViewShape.read(in));
          }
          break;
        case 9:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addFigures(FigureShape.read(in));
          }
          break;
        case 10:
          in.arrayStart();
          while (in.nextElement()) {
            briefing.addWatchItems(WatchItemShape.read(in));
          }
          break;
        default:
          in.reader().next();
          briefing.metadata(MetadataShape.read(in));
      }
    }
    in.endOfBriefing();
    return briefing.build();
  }

  /** Writes a briefing object, with the kept unknown properties {@code out} places. */
  public static void write(Briefing b, WireOutput out) throws IOException {
    Metadata metadata = b.metadata();
    String published = MetadataShape.published(metadata);
    String version = EditorialParts.schemaVersion(b);
    boolean withExtras = out.hasExtras();
    out.w.beginObject();
    out.property(WireNames.SCHEMA_VERSION, version);
    out.property(WireNames.TITLE, b.title());
    out.property(WireNames.SIGNAL, b.signal());
    Terms.write(out, WireNames.SIGNAL_LIKELIHOOD, b.signalLikelihood());
    Terms.write(out, WireNames.SIGNAL_CONFIDENCE, b.signalConfidence());
    WirePeriod.write(out, WireNames.SIGNAL_HORIZON, b.signalHorizon());
    out.property(WireNames.WHAT_HAPPENED, b.whatHappened());
    out.w.name(WireNames.IMPACTS);
    out.w.beginArray();
    List<Impact> impacts = b.impacts();
    for (int i = 0, n = impacts.size(); i < n; i++) {
      ImpactShape.write(impacts.get(i), out, withExtras ? "/impacts/" + i : null);
    }
    out.w.endArray();
    List<AlternativeView> views = b.alternativeViews();
    if (!views.isEmpty()) {
      out.w.name(WireNames.ALTERNATIVE_VIEWS);
      out.w.beginArray();
      for (int i = 0, n = views.size(); i < n; i++) {
        AlternativeViewShape.write(views.get(i), out, withExtras ? "/alternativeViews/" + i : null);
      }
      out.w.endArray();
    }
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
