package dev.briefing.hardening.support;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every text field of the model, as a way to put one string into {@link BenignBriefing} and read
 * it back out, so each corpus string is tried in every place a user's text can go.
 *
 * <pre>{@code
 * Briefing hostile = TextField.FIGURE_LABEL.put(BenignBriefing.create(), "<script>");
 * }</pre>
 */
public enum TextField {
  TITLE((b, s) -> b.withTitle(s)),
  SIGNAL((b, s) -> b.withSignal(s)),
  WHAT_HAPPENED((b, s) -> b.withWhatHappened(s)),
  IMPACT_TEXT((b, s) -> b.withImpacts(Impact.of(1, s))),
  FIGURE_VALUE((b, s) -> b.withFigures(Figure.builder().value(s).label("Plain label").source("Plain source").build())),
  FIGURE_LABEL((b, s) -> b.withFigures(Figure.builder().value("$1B").label(s).build())),
  FIGURE_SOURCE((b, s) -> b.withFigures(Figure.builder().value("$1B").label("Plain label").source(s).build())),
  FIGURE_AS_OF((b, s) -> b.withFigures(Figure.builder().value("$1B").label("Plain label").asOf(s).build())),
  WATCH_TITLE((b, s) -> b.withWatchItems(WatchItem.of(s, "Plain watch description."))),
  WATCH_DESCRIPTION((b, s) -> b.withWatchItems(WatchItem.of("Plain watch", s))),
  METADATA_ID((b, s) -> b.withMetadata(Metadata.builder().from(b.metadata()).id(s).build())),
  METADATA_AUTHOR((b, s) -> b.withMetadata(Metadata.builder().from(b.metadata()).authors(List.of(s)).build())),
  METADATA_TAG((b, s) -> b.withMetadata(Metadata.builder().from(b.metadata()).tags(List.of(s)).build())),
  SOURCE_TITLE((b, s) -> b.withMetadata(Metadata.builder().from(b.metadata())
      .sources(List.of(Source.of(s, b.metadata().sources().get(0).url()))).build()));

  private final BiFunction<Briefing, String, Briefing> put;

  TextField(BiFunction<Briefing, String, Briefing> put) {
    this.put = put;
  }

  /** @return a copy of {@code briefing} with {@code text} in this field */
  public Briefing put(Briefing briefing, String text) {
    return put.apply(briefing, text);
  }
}
