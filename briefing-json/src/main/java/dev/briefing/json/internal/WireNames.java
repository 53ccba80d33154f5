package dev.briefing.json.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Property names of the wire format, per object, in the order they are written. The lists are
 * what error messages offer as "expected one of".
 */
public final class WireNames {

  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String TITLE = "title";
  public static final String SIGNAL = "signal";
  public static final String WHAT_HAPPENED = "whatHappened";
  public static final String IMPACTS = "impacts";
  public static final String FIGURES = "figures";
  public static final String WATCH_ITEMS = "watchItems";
  public static final String METADATA = "metadata";
  public static final String SIGNAL_LIKELIHOOD = "signalLikelihood";
  public static final String SIGNAL_CONFIDENCE = "signalConfidence";
  public static final String SIGNAL_HORIZON = "signalHorizon";
  public static final String ALTERNATIVE_VIEWS = "alternativeViews";

  public static final String LIKELIHOOD = "likelihood";
  public static final String CONFIDENCE = "confidence";
  public static final String HORIZON = "horizon";

  public static final String SIGNPOSTS = "signposts";
  public static final String INDICATOR = "indicator";
  public static final String THRESHOLD = "threshold";
  public static final String REVIEW_BY = "reviewBy";
  public static final String STATUS = "status";

  public static final String ORDER = "order";
  public static final String TEXT = "text";

  public static final String VALUE = "value";
  public static final String LABEL = "label";
  public static final String SOURCE = "source";
  public static final String AS_OF = "asOf";
  public static final String QUANTITY = "quantity";

  public static final String LOW = "low";
  public static final String HIGH = "high";
  public static final String CURRENCY = "currency";
  public static final String UNIT = "unit";
  public static final String APPROXIMATE = "approximate";

  public static final String DESCRIPTION = "description";

  public static final String ID = "id";
  public static final String PUBLISHED = "published";
  public static final String LANGUAGE = "language";
  public static final String AUTHORS = "authors";
  public static final String TAGS = "tags";
  public static final String SOURCES = "sources";

  public static final String URL = "url";

  public static final String PATH = "path";
  public static final String MESSAGE = "message";
  public static final String LOCATION = "location";
  public static final String INPUT = "input";
  public static final String LINE = "line";
  public static final String COLUMN = "column";
  public static final String SECTION = "section";

  public static final List<String> BRIEFING = List.of(SCHEMA_VERSION, TITLE, SIGNAL, SIGNAL_LIKELIHOOD,
      SIGNAL_CONFIDENCE, SIGNAL_HORIZON, WHAT_HAPPENED, IMPACTS, ALTERNATIVE_VIEWS, FIGURES, WATCH_ITEMS, METADATA);
  public static final List<String> IMPACT = List.of(ORDER, TEXT, LIKELIHOOD, CONFIDENCE, HORIZON);
  public static final List<String> ALTERNATIVE_VIEW = List.of(TEXT, LIKELIHOOD);
  public static final List<String> SIGNPOST = List.of(INDICATOR, THRESHOLD, REVIEW_BY, STATUS);
  public static final List<String> FIGURE = List.of(VALUE, LABEL, SOURCE, AS_OF, QUANTITY);
  public static final List<String> QUANTITY_OBJECT = List.of(LOW, HIGH, CURRENCY, UNIT, APPROXIMATE);
  public static final List<String> WATCH_ITEM = List.of(TITLE, DESCRIPTION, SIGNPOSTS);
  public static final List<String> METADATA_OBJECT = List.of(ID, PUBLISHED, LANGUAGE, AUTHORS, TAGS, SOURCES);
  public static final List<String> SOURCE_OBJECT = List.of(TITLE, URL);
  public static final List<String> VIOLATION = List.of(PATH, MESSAGE);
  public static final List<String> PARSE_WARNING = List.of(LOCATION, MESSAGE);
  public static final List<String> LOCATION_OBJECT = List.of(INPUT, LINE, COLUMN, PATH, SECTION);

  /** Every property name above, once: what a backend prepares to match names on its buffer. */
  public static final List<String> ALL = Stream.of(BRIEFING, IMPACT, ALTERNATIVE_VIEW, SIGNPOST, FIGURE,
      QUANTITY_OBJECT, WATCH_ITEM, METADATA_OBJECT, SOURCE_OBJECT, VIOLATION, PARSE_WARNING, LOCATION_OBJECT)
      .flatMap(List::stream).distinct().collect(Collectors.toUnmodifiableList());

  private WireNames() {}
}
