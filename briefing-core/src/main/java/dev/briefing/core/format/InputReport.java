package dev.briefing.core.format;

import java.util.List;
import org.immutables.value.Value;

/**
 * What one input of a conversion held and what was done to read it: how many briefings, how
 * many were invalid, and the repairs and warnings its parser reported. Every repair and warning
 * is counted; the first {@value #KEPT} of each are kept, so that a batch of millions of damaged
 * briefings does not keep them all in memory.
 *
 * <pre>{@code
 * InputReport input = report.inputs().get(0);
 * System.out.println(input.input() + ": " + input.documents() + " briefings, "
 *     + input.repairCount() + " repairs");
 * input.warnings().forEach(w -> System.out.println(input.input() + ": " + w));
 * }</pre>
 */
@Value.Immutable
public abstract class InputReport implements WithInputReport {

  /** How many repairs and how many warnings of one input are kept. */
  public static final int KEPT = 100;

  InputReport() {}

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the input's name, such as its file name or {@code <stdin>} */
  public abstract String input();

  /** @return how many briefings were read, valid or not */
  @Value.Default
  public long documents() {
    return 0;
  }

  /** @return how many of them broke a rule */
  @Value.Default
  public long invalid() {
    return 0;
  }

  /** @return how many repairs the parser made */
  @Value.Default
  public long repairCount() {
    return 0;
  }

  /** @return how many warnings the parser reported */
  @Value.Default
  public long warningCount() {
    return 0;
  }

  /** @return the first {@value #KEPT} repairs, in input order */
  public abstract List<TextRepair> repairs();

  /** @return the first {@value #KEPT} warnings, in input order */
  public abstract List<ParseWarning> warnings();

  @Value.Check
  void check() {
    if (documents() < 0 || invalid() < 0 || invalid() > documents()
        || repairCount() < repairs().size() || warningCount() < warnings().size()) {
      throw new IllegalStateException("inconsistent counts in " + this);
    }
  }

  /** Builds an {@link InputReport}. */
  public static final class Builder extends ImmutableInputReport.Builder {
    Builder() {}
  }
}
