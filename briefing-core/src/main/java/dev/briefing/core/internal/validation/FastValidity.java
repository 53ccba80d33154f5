package dev.briefing.core.internal.validation;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Answers "is this briefing valid?" with plain code that allocates nothing (the model's lists
 * are random access, so they are walked by index: an iterator per list was a visible share), so
 * that valid briefings (the common case) never pay for Hibernate Validator's start-up or its
 * per-call bookkeeping. Only when this says no does Bean Validation run (in {@link
 * dev.briefing.core.BriefingValidator}), to name every violation.
 *
 * <p>It must agree with the constraint annotations: both read {@link Limits}, and a property
 * test over generated valid and broken briefings checks that the two verdicts are the same.
 */
public final class FastValidity {

  private FastValidity() {}

  /**
   * @param briefing the briefing
   * @return whether it breaks no rule
   */
  public static boolean isValid(Briefing briefing) {
    return isValid(briefing, true);
  }

  /**
   * {@link #isValid(Briefing)} for a reader that has already found every text of the briefing
   * plain with {@link #isPlain(char[], int, int, boolean)} as it read it, each with the rule of
   * its property (single line or not): every other rule, without scanning the texts again.
   *
   * @param briefing the briefing
   * @return whether it breaks no rule but perhaps the plain-text one
   */
  public static boolean isValidButPlainText(Briefing briefing) {
    return isValid(briefing, false);
  }

  /**
   * The plain-text rule over characters in place, for a reader that checks each text while its
   * characters are at hand and then asks {@link #isValidButPlainText(Briefing)}.
   *
   * <pre>{@code
   * boolean plain = FastValidity.isPlain(buffer, offset, length, true); // a single-line text
   * }</pre>
   *
   * @param singleLine whether the property is a single line (a title, a label) rather than prose
   * @return whether the characters are plain text
   */
  public static boolean isPlain(char[] chars, int offset, int length, boolean singleLine) {
    return PlainTextValidator.isPlain(chars, offset, length, singleLine);
  }

  private static boolean isValid(Briefing briefing, boolean scan) {
    return optionalLine(briefing.title(), Limits.TITLE, scan)
        && text(briefing.signal(), Limits.SIGNAL, scan)
        && horizon(briefing.signalHorizon())
        && text(briefing.whatHappened(), Limits.WHAT_HAPPENED, scan)
        && impacts(briefing.impacts(), scan)
        && alternativeViews(briefing.alternativeViews(), scan)
        && figures(briefing.figures(), scan)
        && watchItems(briefing.watchItems(), scan)
        && metadata(briefing.metadata(), scan);
  }

  private static boolean impacts(List<Impact> impacts, boolean scan) {
    if (impacts.size() > Limits.IMPACTS) {
      return false;
    }
    int previous = Integer.MIN_VALUE;
    for (int i = 0, n = impacts.size(); i < n; i++) {
      Impact impact = impacts.get(i);
      int order = impact.order();
      if (order < 1 || order > Impact.MAX_ORDER || order < previous || !text(impact.text(), Limits.IMPACT_TEXT, scan)
          || !horizon(impact.horizon())) {
        return false;
      }
      previous = order;
    }
    return true;
  }

  private static boolean figures(List<Figure> figures, boolean scan) {
    if (figures.size() > Limits.FIGURES) {
      return false;
    }
    for (int i = 0, n = figures.size(); i < n; i++) {
      Figure figure = figures.get(i);
      if (!line(figure.value(), Limits.FIGURE_VALUE, scan)
          || !line(figure.label(), Limits.FIGURE_LABEL, scan)
          || !optionalLine(figure.source(), Limits.FIGURE_SOURCE, scan)
          || !optionalLine(figure.asOf(), Limits.FIGURE_AS_OF, scan)) {
        return false;
      }
    }
    return true;
  }

  private static boolean watchItems(List<WatchItem> items, boolean scan) {
    if (items.size() > Limits.WATCH_ITEMS) {
      return false;
    }
    for (int i = 0, n = items.size(); i < n; i++) {
      WatchItem item = items.get(i);
      if (!line(item.title(), Limits.WATCH_TITLE, scan) || !text(item.description(), Limits.WATCH_DESCRIPTION, scan)
          || !signposts(item.signposts(), scan)) {
        return false;
      }
    }
    return true;
  }

  private static boolean signposts(List<Signpost> signposts, boolean scan) {
    if (signposts.size() > Limits.SIGNPOSTS) {
      return false;
    }
    for (int i = 0, n = signposts.size(); i < n; i++) {
      Signpost signpost = signposts.get(i);
      if (!line(signpost.indicator(), Limits.SIGNPOST_INDICATOR, scan)
          || !optionalLine(signpost.threshold(), Limits.SIGNPOST_THRESHOLD, scan)
          || signpost.reviewBy().isPresent() && !WritableDateValidator.isWritable(signpost.reviewBy().get())) {
        return false;
      }
    }
    return true;
  }

  private static boolean alternativeViews(List<AlternativeView> views, boolean scan) {
    if (views.size() > Limits.ALTERNATIVE_VIEWS) {
      return false;
    }
    for (int i = 0, n = views.size(); i < n; i++) {
      AlternativeView view = views.get(i);
      if (!text(view.text(), Limits.ALTERNATIVE_TEXT, scan)) {
        return false;
      }
    }
    return true;
  }

  private static boolean horizon(Optional<Period> horizon) {
    return horizon.isEmpty() || HorizonValidator.isHorizon(horizon.get());
  }

  private static boolean metadata(Metadata metadata, boolean scan) {
    if (metadata.isEmpty()) {
      return true;
    }
    if (!optionalLine(metadata.id(), Limits.ID, scan)
        || metadata.published().isPresent() && !WritableDateTimeValidator.isWritable(metadata.published().get())
        || !lines(metadata.authors(), Limits.AUTHORS, Limits.AUTHOR, scan)
        || !lines(metadata.tags(), Limits.TAGS, Limits.TAG, scan)
        || metadata.sources().size() > Limits.SOURCES) {
      return false;
    }
    List<Source> sources = metadata.sources();
    for (int i = 0, n = sources.size(); i < n; i++) {
      Source source = sources.get(i);
      if (!line(source.title(), Limits.SOURCE_TITLE, scan) || !HttpUrlValidator.isHttpUrl(source.url())) {
        return false;
      }
    }
    return true;
  }

  private static boolean lines(List<String> values, int maxCount, int maxLength, boolean scan) {
    if (values.size() > maxCount) {
      return false;
    }
    for (int i = 0, n = values.size(); i < n; i++) {
      String value = values.get(i);
      if (!line(value, maxLength, scan)) {
        return false;
      }
    }
    return true;
  }

  private static boolean optionalLine(Optional<String> value, int maxLength, boolean scan) {
    return value.isEmpty() || line(value.get(), maxLength, scan);
  }

  private static boolean line(String value, int maxLength, boolean scan) {
    return value.length() <= maxLength && !value.isBlank() && (!scan || PlainTextValidator.isPlain(value, true));
  }

  private static boolean text(String value, int maxLength, boolean scan) {
    return value.length() <= maxLength && !value.isBlank() && (!scan || PlainTextValidator.isPlain(value, false));
  }
}
