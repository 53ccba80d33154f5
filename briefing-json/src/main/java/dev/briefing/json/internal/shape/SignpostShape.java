package dev.briefing.json.internal.shape;

import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.Optional;

/**
 * A signpost on the wire (1.1): indicator, optional threshold and review-by date (an RFC 3339
 * full-date, {@code "2026-06-30"}), and the status, always written and {@code "open"} when read
 * without one.
 */
public final class SignpostShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.SIGNPOST, WireNames.INDICATOR);

  private SignpostShape() {}

  /** @return the signpost whose object the reader is on */
  public static Signpost read(WireInput in) throws IOException {
    Signpost.Builder signpost = Signpost.builder();
    Properties.Walk walk = PROPERTIES.walk(in, "a signpost object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0:
          signpost.indicator(in.line());
          break;
        case 1:
          signpost.threshold(Optional.ofNullable(in.optionalLine()));
          break;
        case 2:
          String reviewBy = in.optionalString();
          if (reviewBy != null) {
            signpost.reviewBy(WireFullDate.parse(in, reviewBy));
          }
          break;
        default:
          SignpostStatus status = Terms.status(in);
          if (status != null) {
            signpost.status(status);
          }
      }
    }
    return signpost.build();
  }

  public static void write(Signpost signpost, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.INDICATOR, signpost.indicator());
    out.property(WireNames.THRESHOLD, signpost.threshold());
    if (signpost.reviewBy().isPresent()) {
      out.property(WireNames.REVIEW_BY, WireFullDate.format(signpost.reviewBy().get()));
    }
    out.property(WireNames.STATUS, signpost.status().term());
    out.extrasAt(pointer);
    out.w.endObject();
  }
}
