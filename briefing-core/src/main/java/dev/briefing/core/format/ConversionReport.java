package dev.briefing.core.format;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a conversion did, input by input: the briefings read and written, and what the parsers
 * repaired and warned about, so that a service can show what was fixed.
 *
 * <pre>{@code
 * ConversionReport report = Converter.standard().convert(Path.of("draft.txt"), Path.of("draft.html"));
 * System.out.println(report.documents() + " briefings, " + report.repairCount() + " repairs, "
 *     + report.warningCount() + " warnings");
 * }</pre>
 */
@Value.Immutable
public abstract class ConversionReport implements WithConversionReport {

  ConversionReport() {}

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return each input, in the order read */
  public abstract List<InputReport> inputs();

  /** @return how many briefings were written; none when the conversion only checked */
  @Value.Default
  public long written() {
    return 0;
  }

  /** @return how many briefings were read from every input */
  public final long documents() {
    return inputs().stream().mapToLong(InputReport::documents).sum();
  }

  /** @return how many of them broke a rule */
  public final long invalid() {
    return inputs().stream().mapToLong(InputReport::invalid).sum();
  }

  /** @return how many repairs the parsers made */
  public final long repairCount() {
    return inputs().stream().mapToLong(InputReport::repairCount).sum();
  }

  /** @return how many warnings the parsers reported */
  public final long warningCount() {
    return inputs().stream().mapToLong(InputReport::warningCount).sum();
  }

  /** Builds a {@link ConversionReport}. */
  public static final class Builder extends ImmutableConversionReport.Builder {
    Builder() {}
  }
}
