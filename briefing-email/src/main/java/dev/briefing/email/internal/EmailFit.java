package dev.briefing.email.internal;

import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which pieces of an email are kept under a size limit: the title and The Signal always, then
 * every piece in order while it fits; from the first that does not, the rest are left out, so
 * the reader gets the start of the briefing in its order and never a later part without an
 * earlier one.
 */
public final class EmailFit {

  private EmailFit() {}

  /**
   * @param pieces the pieces in order
   * @param budget the bytes the pieces may take
   * @return how many pieces, from the first, are kept
   */
  public static int kept(List<Piece> pieces, long budget) {
    long used = 0;
    int kept = 0;
    for (Piece piece : pieces) {
      if (!piece.required() && used + piece.bytes() > budget) {
        break;
      }
      used += piece.bytes();
      kept++;
    }
    return kept;
  }

  /**
   * The warning for an email that was shortened, in English: it is for the service's log.
   *
   * @param labels the section headings, to name what was left out
   * @param pieces every piece
   * @param kept how many were kept
   * @param wholeBytes the size the email would have had whole
   * @param limit the limit
   * @param writtenBytes the size written
   * @return the warning
   */
  public static String warning(SectionLabels labels, List<Piece> pieces, int kept, long wholeBytes, int limit,
      long writtenBytes) {
    Map<Section, int[]> counts = new EnumMap<>(Section.class);
    for (int i = 0; i < pieces.size(); i++) {
      int[] count = counts.computeIfAbsent(pieces.get(i).section(), s -> new int[2]);
      count[1]++;
      if (i >= kept) {
        count[0]++;
      }
    }
    List<String> leftOut = new ArrayList<>();
    counts.forEach((section, count) -> {
      if (count[0] > 0) {
        leftOut.add(String.format(Locale.ROOT, "%,d of %,d parts of %s", count[0], count[1], heading(labels, section)));
      }
    });
    String message = String.format(Locale.ROOT,
        "The email's HTML would be %,d bytes, over its limit of %,d (Gmail clips a message past 102 KB):"
            + " shortened to %,d bytes, leaving out %s; a note at its end says so",
        wholeBytes, limit, writtenBytes, String.join(", ", leftOut));
    if (writtenBytes > limit) {
      message += String.format(Locale.ROOT, ". Still over the limit: the title and The Signal alone take %,d bytes",
          writtenBytes);
    }
    return message;
  }

  private static String heading(SectionLabels labels, Section section) {
    switch (section) {
      case WHAT_HAPPENED:
        return labels.whatHappened();
      case WHY_IT_MATTERS:
        return labels.whyItMatters();
      case THE_NUMBERS:
        return labels.theNumbers();
      case WHAT_TO_WATCH:
        return labels.whatToWatch();
      case DETAILS:
        return labels.details();
      case SIGNAL:
        return labels.signal();
      default:
        return "the title";
    }
  }
}
