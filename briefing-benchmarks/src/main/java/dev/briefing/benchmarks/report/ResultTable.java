package dev.briefing.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints rows as one Markdown table, readable in a terminal and pasted as is into
 * docs/performance.md. The ratio beside each baseline is ours divided by the baseline: below
 * 1 means ours is faster for times and slower for throughputs.
 *
 * <pre>{@code
 * System.out.println(ResultTable.render(Layout.rows(scores, List.of(10_000L))));
 * }</pre>
 */
public final class ResultTable {
  private static final String NOT_MEASURED = "n/a";

  private ResultTable() {}

  /**
   * @param rows the rows
   * @return the table, ending with a newline
   */
  public static String render(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | workload | unit | ours | baselines (ours ÷ baseline) | target | met |\n");
    out.append("| --- | --- | --- | ---: | --- | --- | --- |\n");
    for (Row row : rows) {
      out.append("| ").append(row.benchmark())
          .append(" | ").append(row.workload())
          .append(" | ").append(row.unit())
          .append(" | ").append(number(row.ours()))
          .append(" | ").append(baselines(row))
          .append(" | ").append(row.target())
          .append(" | ").append(row.met().map(m -> m ? "yes" : "NO").orElse("–"))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String baselines(Row row) {
    if (row.baselines().isEmpty()) {
      return "–";
    }
    StringBuilder out = new StringBuilder();
    for (Row.Baseline baseline : row.baselines()) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(baseline.name()).append(' ').append(number(baseline.score()));
      if (row.ours().isPresent() && baseline.score().isPresent() && baseline.score().get() > 0) {
        out.append(" (").append(ratio(row.ours().get() / baseline.score().get())).append(')');
      }
    }
    return out.toString();
  }

  /**
   * @param value a measurement
   * @return three significant digits, or {@code n/a}
   */
  static String number(Optional<Double> value) {
    if (value.isEmpty()) {
      return NOT_MEASURED;
    }
    double v = value.get();
    double magnitude = Math.abs(v);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }
}
