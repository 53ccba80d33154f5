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
 * Answers "is this briefing valid?" with plain code that allocates nothing, so that valid
 * briefings (the common case) never pay for Hibernate Validator's start-up or its per-call
 * bookkeeping. Only when this says no does {@link BeanValidation} run, to name every violation.
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
    return optionalLine(briefing.title(), Limits.TITLE)
        && text(briefing.signal(), Limits.SIGNAL)
        && horizon(briefing.signalHorizon())
        && text(briefing.whatHappened(), Limits.WHAT_HAPPENED)
        && impacts(briefing.impacts())
        && alternativeViews(briefing.alternativeViews())
        && figures(briefing.figures())
        && watchItems(briefing.watchItems())
        && metadata(briefing.metadata());
  }

  private static boolean impacts(List<Impact> impacts) {
    if (impacts.size() > Limits.IMPACTS) {
      return false;
    }
    int previous = Integer.MIN_VALUE;
    for (Impact impact : impacts) {
      int order = impact.order();
      if (order < 1 || order > Impact.MAX_ORDER || order < previous || !text(impact.text(), Limits.IMPACT_TEXT)
          || !horizon(impact.horizon())) {
        return false;
      }
      previous = order;
    }
    return true;
  }

  private static boolean figures(List<Figure> figures) {
    if (figures.size() > Limits.FIGURES) {
      return false;
    }
    for (Figure figure : figures) {
      if (!line(figure.value(), Limits.FIGURE_VALUE)
          || !line(figure.label(), Limits.FIGURE_LABEL)
          || !optionalLine(figure.source(), Limits.FIGURE_SOURCE)
          || !optionalLine(figure.asOf(), Limits.FIGURE_AS_OF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean watchItems(List<WatchItem> items) {
    if (items.size() > Limits.WATCH_ITEMS) {
      return false;
    }
    for (WatchItem item : items) {
      if (!line(item.title(), Limits.WATCH_TITLE) || !text(item.description(), Limits.WATCH_DESCRIPTION)
          || !signposts(item.signposts())) {
        return false;
      }
    }
    return true;
  }

  private static boolean signposts(List<Signpost> signposts) {
    if (signposts.size() > Limits.SIGNPOSTS) {
      return false;
    }
    for (Signpost signpost : signposts) {
      if (!line(signpost.indicator(), Limits.SIGNPOST_INDICATOR)
          || !optionalLine(signpost.threshold(), Limits.SIGNPOST_THRESHOLD)
          || signpost.reviewBy().isPresent() && !WritableDateValidator.isWritable(signpost.reviewBy().get())) {
        return false;
      }
    }
    return true;
  }

  private static boolean alternativeViews(List<AlternativeView> views) {
    if (views.size() > Limits.ALTERNATIVE_VIEWS) {
      return false;
    }
    for (AlternativeView view : views) {
      if (!text(view.text(), Limits.ALTERNATIVE_TEXT)) {
        return false;
      }
    }
    return true;
  }

  private static boolean horizon(Optional<Period> horizon) {
    return horizon.isEmpty() || HorizonValidator.isHorizon(horizon.get());
  }

  private static boolean metadata(Metadata metadata) {
    if (metadata.isEmpty()) {
      return true;
    }
    if (!optionalLine(metadata.id(), Limits.ID)
        || metadata.published().isPresent() && !WritableDateTimeValidator.isWritable(metadata.published().get())
        || !lines(metadata.authors(), Limits.AUTHORS, Limits.AUTHOR)
        || !lines(metadata.tags(), Limits.TAGS, Limits.TAG)
        || metadata.sources().size() > Limits.SOURCES) {
      return false;
    }
    for (Source source : metadata.sources()) {
      if (!line(source.title(), Limits.SOURCE_TITLE) || !HttpUrlValidator.isHttpUrl(source.url())) {
        return false;
      }
    }
    return true;
  }

  private static boolean lines(List<String> values, int maxCount, int maxLength) {
    if (values.size() > maxCount) {
      return false;
    }
    for (String value : values) {
      if (!line(value, maxLength)) {
        return false;
      }
    }
    return true;
  }

  private static boolean optionalLine(Optional<String> value, int maxLength) {
    return value.isEmpty() || line(value.get(), maxLength);
  }

  private static boolean line(String value, int maxLength) {
    return value.length() <= maxLength && !value.isBlank() && PlainTextValidator.isPlain(value, true);
  }

  private static boolean text(String value, int maxLength) {
    return value.length() <= maxLength && !value.isBlank() && PlainTextValidator.isPlain(value, false);
  }
}
