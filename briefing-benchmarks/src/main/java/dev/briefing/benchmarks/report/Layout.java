package dev.briefing.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which rows the table has, which scores go in them, and the targets for each.
 *
 * <pre>{@code
 * List<Row> rows = Layout.rows(scores, List.of(10_000L, 1_000_000L));
 * }</pre>
 */
public final class Layout {
  private static final List<String> WORKLOADS = List.of("seed", "large");
  private static final String MICROS = "µs/op";

  private Layout() {}

  /**
   * @param scores what one run measured
   * @param batchCounts the batch sizes that run used, smallest first
   * @return the rows, in the table's order
   */
  public static List<Row> rows(Scores scores, List<Long> batchCounts) {
    List<Row> rows = new ArrayList<>();
    for (JacksonLine line : JacksonLine.values()) {
      for (String w : WORKLOADS) {
        rows.add(jsonRow(scores, "JSON write" + line.title, "JsonWriteBenchmark", w, 1.2, line.ours, "oursCompact",
            "ours compact", line));
      }
    }
    for (JacksonLine line : JacksonLine.values()) {
      for (String w : WORKLOADS) {
        rows.add(jsonRow(scores, "JSON read" + line.title, "JsonReadBenchmark", w, 1.3, line.ours, line.unvalidated,
            "ours unvalidated", line));
      }
    }
    for (String w : WORKLOADS) {
      Optional<Double> ours = scores.get("HtmlRenderBenchmark.ours/" + w);
      Optional<Double> jte = scores.get("HtmlRenderBenchmark.jte/" + w);
      // ours is the page without JSON-LD, as the templates write it; the registry's page with it is shown beside.
      rows.add(new Row("HTML render", w, MICROS, ours, List.of(
              new Row.Baseline("jte", jte),
              new Row.Baseline("ours with JSON-LD", scores.get("HtmlRenderBenchmark.oursWithJsonLd/" + w)),
              new Row.Baseline("Mustache", scores.get("HtmlRenderBenchmark.mustache/" + w)),
              new Row.Baseline("commonmark md→html", scores.get("HtmlRenderBenchmark.commonmark/" + w)),
              new Row.Baseline("arraycopy floor", scores.get("HtmlRenderBenchmark.floorArraycopy/" + w))),
          "< jte", both(ours, jte).map(v -> v[0] < v[1])));
    }
    for (String[] web : new String[][] {{"Email render", "EmailRenderBenchmark", "jte", "jte"},
        {"JSON-LD render", "JsonLdRenderBenchmark", "jacksonTree", "Jackson ObjectNode tree"},
        {"Atom feed render (10 entries)", "AtomRenderBenchmark", "rome", "ROME SyndFeedOutput"}}) {
      for (String w : WORKLOADS) {
        rows.add(twiceRow(scores, web[0], web[1], web[2], web[3], w));
      }
    }
    for (String w : WORKLOADS) {
      rows.add(floorRow(scores, "Markdown render", "oursMarkdown", "floorMarkdown", w));
      rows.add(floorRow(scores, "Text render", "oursText", "floorText", w));
    }
    for (String w : WORKLOADS) {
      rows.add(chatRow(scores, "Slack render", "slack", w));
      rows.add(chatRow(scores, "Adaptive Card render", "adaptive-card", w));
      Optional<Double> strict = scores.get("ParseBenchmark.strictText/" + w);
      for (String[] reader : new String[][] {{"tolerantText", "Tolerant text read"},
          {"tolerantMarkdown", "Tolerant Markdown read"}, {"html", "HTML read"}}) {
        Optional<Double> ours = scores.get("ParseBenchmark." + reader[0] + "/" + w);
        List<Row.Baseline> baselines = new ArrayList<>(List.of(new Row.Baseline("strict text parser", strict)));
        if (reader[0].equals("html")) {
          baselines.add(new Row.Baseline("jsoup parse floor", scores.get("ParseBenchmark.jsoupFloor/" + w)));
        }
        rows.add(new Row(reader[1], w, MICROS, ours, baselines, "≤ 2× strict text",
            both(ours, strict).map(v -> v[0] <= 2 * v[1])));
      }
    }
    for (String w : WORKLOADS) {
      Optional<Double> ours = scores.get("ValidationBenchmark.ours/" + w);
      boolean seed = w.equals("seed");
      rows.add(new Row("Validate (warm)", w, MICROS, ours,
          List.of(new Row.Baseline("Hibernate Validator on a JavaBean", scores.get("ValidationBenchmark.hibernateBean/" + w))),
          seed ? "≤ 5 µs" : "–", seed ? ours.map(v -> v <= 5.0) : Optional.empty()));
    }
    rows.add(coldRow(scores, "seed", "ours", "hibernateBean"));
    rows.add(coldRow(scores, "seed, blank signal (1 violation)", "oursInvalid", "hibernateBeanInvalid"));
    batchRows(scores, batchCounts, rows);
    Optional<Double> cli = scores.get("cli.example");
    rows.add(new Row("`bin/briefing example --to html` end to end (median)", "seed", "s", cli,
        List.of(new Row.Baseline("JVM start `java -version`", scores.get("cli.jvm"))),
        "≤ 0.15 s", cli.map(v -> v <= 0.15)));
    return rows;
  }

  /**
   * Ours is the registry's format; the variant (compact writing, reading without validation) is
   * shown beside the baselines because it does exactly what they do. Write is judged on the
   * compact codec, which writes the baselines' bytes; read on the registry's validating parser.
   */
  private static Row jsonRow(Scores scores, String name, String benchmark, String w, double limit,
      String oursMethod, String variant, String variantName, JacksonLine line) {
    Optional<Double> ours = scores.get(benchmark + "." + oursMethod + "/" + w);
    Optional<Double> other = scores.get(benchmark + "." + variant + "/" + w);
    Optional<Double> judged = variant.equals("oursCompact") ? other : ours;
    Optional<Double> streaming = scores.get(benchmark + "." + line.streaming + "/" + w);
    Optional<Double> databind = scores.get(benchmark + "." + line.databind + "/" + w);
    Optional<Boolean> met = judged.isPresent() && streaming.isPresent() && databind.isPresent()
        ? Optional.of(judged.get() <= limit * streaming.get() && judged.get() < databind.get())
        : Optional.empty();
    String target = (variant.equals("oursCompact") ? "compact " : "") + "≤ " + limit + "× streaming, < databind";
    return new Row(name, w, MICROS, ours, List.of(
            new Row.Baseline(variantName, other),
            new Row.Baseline(line.library + " streaming", streaming),
            new Row.Baseline(line.library + " databind records", databind)),
        target, met);
  }

  /** The benchmark methods of one Jackson line: ours on its backend, and its two baselines. */
  private enum JacksonLine {
    JACKSON3(", Jackson 3", "Jackson 3", "ours", "oursUnvalidated", "jackson3Streaming", "databindRecordsJackson3"),
    JACKSON2(", Jackson 2", "Jackson 2", "oursJackson2", "oursJackson2Unvalidated", "jacksonStreaming", "databindRecords");

    final String title;
    final String library;
    final String ours;
    final String unvalidated;
    final String streaming;
    final String databind;

    JacksonLine(String title, String library, String ours, String unvalidated, String streaming, String databind) {
      this.title = title;
      this.library = library;
      this.ours = ours;
      this.unvalidated = unvalidated;
      this.streaming = streaming;
      this.databind = databind;
    }
  }

  /** A format judged within twice the time of the one baseline a user would write instead. */
  private static Row twiceRow(Scores scores, String name, String benchmark, String baselineMethod,
      String baselineName, String w) {
    Optional<Double> ours = scores.get(benchmark + ".ours/" + w);
    Optional<Double> baseline = scores.get(benchmark + "." + baselineMethod + "/" + w);
    return new Row(name, w, MICROS, ours, List.of(new Row.Baseline(baselineName, baseline)),
        "≤ 2× " + baselineName, both(ours, baseline).map(v -> v[0] <= 2 * v[1]));
  }

  private static Row floorRow(Scores scores, String name, String oursMethod, String floorMethod, String w) {
    Optional<Double> ours = scores.get("TextRenderBenchmark." + oursMethod + "/" + w);
    Optional<Double> floor = scores.get("TextRenderBenchmark." + floorMethod + "/" + w);
    return new Row(name, w, MICROS, ours, List.of(new Row.Baseline("StringBuilder floor", floor)),
        "≤ 2× floor", both(ours, floor).map(v -> v[0] <= 2 * v[1]));
  }

  /**
   * A chat format against what a user would write without it; not judged, since the baselines
   * do none of the format's escaping, limits, splitting or size fitting.
   */
  private static Row chatRow(Scores scores, String name, String format, String w) {
    return new Row(name, w, MICROS, scores.get("ChatRenderBenchmark.ours/" + format + "/" + w), List.of(
            new Row.Baseline("hand-written JsonGenerator", scores.get("ChatRenderBenchmark.generator/" + format + "/" + w)),
            new Row.Baseline("ObjectNode tree", scores.get("ChatRenderBenchmark.objectTree/" + format + "/" + w))),
        "–", Optional.empty());
  }

  /** The cold target holds for any first call, valid or not. */
  private static Row coldRow(Scores scores, String workload, String oursMethod, String baselineMethod) {
    Optional<Double> cold = scores.get("ValidatorCreationBenchmark." + oursMethod);
    return new Row("Validator creation + first call (fresh JVM)", workload, "ms", cold,
        List.of(new Row.Baseline("plain Hibernate Validator",
            scores.get("ValidatorCreationBenchmark." + baselineMethod))),
        "≤ 150 ms", cold.map(v -> v <= 150.0));
  }

  private static void batchRows(Scores scores, List<Long> counts, List<Row> rows) {
    for (long count : counts) {
      Optional<Double> ours = scores.get(BatchKeys.throughput("ours", count));
      Optional<Double> baseline = scores.get(BatchKeys.throughput("baseline", count));
      rows.add(new Row("Batch NDJSON → HTML, -Xmx64m, one thread", label(count), "MB/s in", ours,
          List.of(new Row.Baseline("Jackson streaming + jte", baseline)),
          "≥ 50 MB/s, ≥ 1.0× baseline", ours.flatMap(v -> v < 50.0 ? Optional.of(false) : baseline.map(b -> v >= b))));
    }
    for (long count : counts) {
      Optional<Double> two = scores.get(BatchKeys.throughput(BatchKeys.CONVERTER_TWO, count));
      Optional<Double> one = scores.get(BatchKeys.throughput(BatchKeys.CONVERTER_ONE, count));
      Optional<Double> sideBySide = scores.get(BatchKeys.throughput(BatchKeys.CONVERTER_ONE_SIDE_BY_SIDE, count));
      Optional<Boolean> sameBytes = both(scores.get(BatchKeys.checksum(BatchKeys.CONVERTER_TWO, count)),
          scores.get(BatchKeys.checksum(BatchKeys.CONVERTER_ONE, count))).map(v -> v[0] == v[1]);
      rows.add(new Row("Batch NDJSON → HTML, -Xmx64m, Converter on 2 threads", label(count), "MB/s in", two,
          List.of(new Row.Baseline("Converter on one thread", one),
              new Row.Baseline("two one-thread Converters in two JVMs, half each", sideBySide)),
          "≥ 1.8× one thread, same bytes",
          both(two, one).flatMap(v -> sameBytes.map(same -> same && v[0] >= 1.8 * v[1]))));
    }
    heapRows(scores, counts, rows, "Batch heap high-water after GC", "ours", "Jackson streaming + jte", "baseline");
    heapRows(scores, counts, rows, "Batch heap high-water after GC, Converter on 2 threads", BatchKeys.CONVERTER_TWO,
        "Converter on one thread", BatchKeys.CONVERTER_ONE);
  }

  /** The heap is flat when the largest batch's high-water mark stays within 1.25× the smallest's. */
  private static void heapRows(Scores scores, List<Long> counts, List<Row> rows, String name, String impl,
      String besideName, String besideImpl) {
    long first = counts.get(0);
    for (long count : counts) {
      Optional<Double> ours = scores.get(BatchKeys.heap(impl, count));
      Optional<Double> smallest = scores.get(BatchKeys.heap(impl, first));
      boolean last = count == counts.get(counts.size() - 1) && counts.size() > 1;
      rows.add(new Row(name, label(count), "MB", ours,
          List.of(new Row.Baseline(besideName, scores.get(BatchKeys.heap(besideImpl, count)))),
          last ? "flat: ≤ 1.25× the " + label(first) + " run" : "–",
          last ? both(ours, smallest).map(v -> v[0] <= 1.25 * v[1]) : Optional.empty()));
    }
  }

  private static Optional<double[]> both(Optional<Double> a, Optional<Double> b) {
    return a.isPresent() && b.isPresent() ? Optional.of(new double[] {a.get(), b.get()}) : Optional.empty();
  }

  /**
   * @param count a number of briefings
   * @return it as the table shows it, such as {@code 10k} or {@code 1M}
   */
  public static String label(long count) {
    if (count >= 1_000_000 && count % 1_000_000 == 0) {
      return count / 1_000_000 + "M briefings";
    }
    if (count >= 1_000 && count % 1_000 == 0) {
      return count / 1_000 + "k briefings";
    }
    return count + " briefings";
  }
}
