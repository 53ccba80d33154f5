package dev.briefing.benchmarks.baseline.records;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Copies a core briefing into the records, once per workload, outside any measured code.
 *
 * <pre>{@code
 * BriefingRecord record = RecordMapping.toRecord(SeedBriefing.briefing());
 * }</pre>
 */
public final class RecordMapping {

  /** The version our wire format starts at; the records carry it like any other field. */
  public static final String SCHEMA_VERSION = "1.0";

  private RecordMapping() {}

  /**
   * @param briefing a briefing
   * @return the same content as records
   */
  public static BriefingRecord toRecord(Briefing briefing) {
    return new BriefingRecord(
        SCHEMA_VERSION,
        briefing.title().orElse(null),
        briefing.signal(),
        briefing.whatHappened(),
        briefing.impacts().stream().map(i -> new ImpactRecord(i.order(), i.text())).toList(),
        briefing.figures().stream().map(RecordMapping::figure).toList(),
        briefing.watchItems().stream().map(w -> new WatchItemRecord(w.title(), w.description())).toList(),
        briefing.metadata().isEmpty() ? null : metadata(briefing.metadata()));
  }

  private static FigureRecord figure(Figure figure) {
    return new FigureRecord(figure.value(), figure.label(), figure.source().orElse(null),
        figure.asOf().orElse(null), figure.quantity().map(RecordMapping::quantity).orElse(null));
  }

  private static QuantityRecord quantity(Quantity q) {
    return new QuantityRecord(q.low().toPlainString(), q.high().toPlainString(), q.currency().orElse(null),
        q.unit().orElse(null), q.approximate());
  }

  private static MetadataRecord metadata(Metadata m) {
    return new MetadataRecord(
        m.id().orElse(null),
        m.published().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null),
        m.language().map(Locale::toLanguageTag).orElse(null),
        m.authors(),
        m.tags(),
        m.sources().stream().map(s -> new SourceRecord(s.title(), s.url().toString())).toList());
  }
}
