package dev.briefing.json.internal.shape;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.Signpost;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.SchemaVersion;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The model 1.1 parts of a briefing as the writer sees them before its first token: whether
 * there is any (the document then declares {@code "1.1"}, and only then, so that a 1.0 reader
 * reads every other document as before) and whether each horizon and review-by date can be
 * written at all.
 */
final class EditorialParts {

  private EditorialParts() {}

  /**
   * @return the schemaVersion to declare
   * @throws BriefingFormatException at the first horizon or review-by date the format cannot hold
   */
  static String schemaVersion(Briefing b) {
    boolean any = b.signalLikelihood().isPresent() || b.signalConfidence().isPresent()
        || horizon(b.signalHorizon(), "$.signalHorizon") || !b.alternativeViews().isEmpty();
    List<Impact> impacts = b.impacts();
    for (int i = 0, n = impacts.size(); i < n; i++) {
      Impact impact = impacts.get(i);
      any |= impact.likelihood().isPresent() || impact.confidence().isPresent()
          || horizon(impact.horizon(), "$.impacts[" + i + "].horizon");
    }
    List<WatchItem> items = b.watchItems();
    for (int i = 0, n = items.size(); i < n; i++) {
      List<Signpost> signposts = items.get(i).signposts();
      for (int j = 0, m = signposts.size(); j < m; j++) {
        any = true;
        Optional<LocalDate> reviewBy = signposts.get(j).reviewBy();
        if (reviewBy.isPresent() && (reviewBy.get().getYear() < 0 || reviewBy.get().getYear() > 9999)) {
          throw unwritable("$.watchItems[" + i + "].signposts[" + j + "].reviewBy", reviewBy.get(),
              "RFC 3339 has no year " + reviewBy.get().getYear());
        }
      }
    }
    return any ? SchemaVersion.EDITORIAL : SchemaVersion.CURRENT;
  }

  /** @return whether there is a horizon; throws when it has a part the wire form cannot hold */
  private static boolean horizon(Optional<Period> horizon, String path) {
    if (horizon.isEmpty()) {
      return false;
    }
    Period p = horizon.get();
    if (!WirePeriod.writable(p)) {
      throw unwritable(path, p, "a horizon's years, months and days are each 0 to 9999");
    }
    return true;
  }

  private static BriefingFormatException unwritable(String path, Object value, String why) {
    return new BriefingFormatException(Location.unknown().withPath(path), "cannot write " + value + ": " + why);
  }
}
