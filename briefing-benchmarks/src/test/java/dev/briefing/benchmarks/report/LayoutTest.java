package dev.briefing.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void jsonWriteIsJudgedOnTheCompactCodecWithinTheStreamingLimitAndBelowDatabind() {
    Scores scores = new Scores();
    // The indented registry format is shown but not judged: it writes a different document.
    scores.put("JsonWriteBenchmark.ours/seed", 9.0);
    scores.put("JsonWriteBenchmark.oursCompact/seed", 1.1);
    scores.put("JsonWriteBenchmark.jacksonStreaming/seed", 1.0);
    scores.put("JsonWriteBenchmark.databindRecords/seed", 1.5);
    scores.put("JsonWriteBenchmark.ours/large", 1.0);
    scores.put("JsonWriteBenchmark.oursCompact/large", 13.0);
    scores.put("JsonWriteBenchmark.jacksonStreaming/large", 10.0);
    scores.put("JsonWriteBenchmark.databindRecords/large", 15.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L));

    assertThat(row(rows, "JSON write, Jackson 2", "seed").met()).contains(true);
    assertThat(row(rows, "JSON write, Jackson 2", "large").met()).contains(false);
    assertThat(row(rows, "JSON read, Jackson 2", "seed").met()).isEmpty();
    // Jackson 3's baselines were not measured: its row says nothing rather than something wrong.
    assertThat(row(rows, "JSON write, Jackson 3", "seed").met()).isEmpty();
  }

  @Test
  void jsonReadIsJudgedOnTheValidatingParserOfEachBackendAgainstItsOwnJackson() {
    Scores scores = new Scores();
    scores.put("JsonReadBenchmark.ours/seed", 1.2);
    scores.put("JsonReadBenchmark.oursUnvalidated/seed", 1.0);
    scores.put("JsonReadBenchmark.jackson3Streaming/seed", 1.0);
    scores.put("JsonReadBenchmark.databindRecordsJackson3/seed", 5.0);
    scores.put("JsonReadBenchmark.oursJackson2/seed", 1.4);
    scores.put("JsonReadBenchmark.oursJackson2Unvalidated/seed", 1.0);
    scores.put("JsonReadBenchmark.jacksonStreaming/seed", 1.0);
    scores.put("JsonReadBenchmark.databindRecords/seed", 5.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L));

    assertThat(row(rows, "JSON read, Jackson 3", "seed").met()).contains(true);
    assertThat(row(rows, "JSON read, Jackson 2", "seed").met()).contains(false);
    assertThat(row(rows, "JSON read, Jackson 3", "seed").baselines()).extracting(Row.Baseline::name)
        .contains("Jackson 3 streaming", "Jackson 3 databind records");
  }

  @Test
  void jsonLdAndAtomAreJudgedWithinTwiceTheirHandWrittenBaselines() {
    Scores scores = new Scores();
    scores.put("JsonLdRenderBenchmark.ours/seed", 19.0);
    scores.put("JsonLdRenderBenchmark.jacksonTree/seed", 10.0);
    scores.put("JsonLdRenderBenchmark.ours/large", 21.0);
    scores.put("JsonLdRenderBenchmark.jacksonTree/large", 10.0);
    scores.put("AtomRenderBenchmark.ours/seed", 30.0);
    scores.put("AtomRenderBenchmark.rome/seed", 10.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L));

    assertThat(row(rows, "JSON-LD render", "seed").met()).contains(true);
    assertThat(row(rows, "JSON-LD render", "large").met()).contains(false);
    assertThat(row(rows, "JSON-LD render", "seed").target()).isEqualTo("≤ 2× Jackson ObjectNode tree");
    assertThat(row(rows, "Atom feed render (10 entries)", "seed").met()).contains(false);
    assertThat(row(rows, "Atom feed render (10 entries)", "seed").baselines()).extracting(Row.Baseline::name)
        .containsExactly("ROME SyndFeedOutput");
    // Not measured: the row says nothing rather than something wrong.
    assertThat(row(rows, "Atom feed render (10 entries)", "large").met()).isEmpty();
  }

  @Test
  void batchMemoryIsFlatWhenTheLargestRunStaysWithinAQuarterOfTheSmallest() {
    Scores scores = new Scores();
    scores.put(BatchKeys.heap("ours", 10_000), 20.0);
    scores.put(BatchKeys.heap("ours", 1_000_000), 24.0);
    scores.put(BatchKeys.throughput("ours", 1_000_000), 49.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L, 1_000_000L));

    assertThat(row(rows, "Batch heap high-water after GC", "1M briefings").met()).contains(true);
    assertThat(row(rows, "Batch heap high-water after GC", "10k briefings").met()).isEmpty();
    assertThat(row(rows, "Batch NDJSON → HTML, -Xmx64m, one thread", "1M briefings").met()).contains(false);
  }

  @Test
  void theOneThreadBatchMustAlsoKeepUpWithTheBaseline() {
    Scores scores = new Scores();
    scores.put(BatchKeys.throughput("ours", 10_000), 60.0);
    scores.put(BatchKeys.throughput("baseline", 10_000), 61.0);
    scores.put(BatchKeys.throughput("ours", 1_000_000), 120.0);
    scores.put(BatchKeys.throughput("baseline", 1_000_000), 110.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L, 1_000_000L));

    assertThat(row(rows, "Batch NDJSON → HTML, -Xmx64m, one thread", "10k briefings").met()).contains(false);
    assertThat(row(rows, "Batch NDJSON → HTML, -Xmx64m, one thread", "1M briefings").met()).contains(true);
  }

  @Test
  void twoThreadsMeetTheirTargetOnlyAt18TimesOneThreadWithTheSameBytes() {
    Scores scores = new Scores();
    for (long count : List.of(10_000L, 1_000_000L)) {
      scores.put(BatchKeys.throughput(BatchKeys.CONVERTER_ONE, count), 100.0);
      scores.put(BatchKeys.checksum(BatchKeys.CONVERTER_ONE, count), 7.0);
    }
    scores.put(BatchKeys.throughput(BatchKeys.CONVERTER_TWO, 10_000), 185.0);
    scores.put(BatchKeys.checksum(BatchKeys.CONVERTER_TWO, 10_000), 7.0);
    scores.put(BatchKeys.throughput(BatchKeys.CONVERTER_TWO, 1_000_000), 190.0);
    scores.put(BatchKeys.checksum(BatchKeys.CONVERTER_TWO, 1_000_000), 8.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L, 1_000_000L));

    String name = "Batch NDJSON → HTML, -Xmx64m, Converter on 2 threads";
    assertThat(row(rows, name, "10k briefings").met()).contains(true);
    assertThat(row(rows, name, "1M briefings").met()).as("different bytes").contains(false);
  }

  @Test
  void twoThreadsAreShownBesideTwoOneThreadRunsSideBySide() {
    Scores scores = new Scores();
    scores.put(BatchKeys.throughput(BatchKeys.CONVERTER_ONE, 10_000), 100.0);
    scores.put(BatchKeys.throughput(BatchKeys.CONVERTER_TWO, 10_000), 140.0);
    scores.put(BatchKeys.throughput(BatchKeys.CONVERTER_ONE_SIDE_BY_SIDE, 10_000), 145.0);

    Row two = row(Layout.rows(scores, List.of(10_000L)), "Batch NDJSON → HTML, -Xmx64m, Converter on 2 threads",
        "10k briefings");

    assertThat(two.baselines()).extracting(Row.Baseline::score)
        .containsExactly(java.util.Optional.of(100.0), java.util.Optional.of(145.0));
  }

  @Test
  void validationOfTheSeedHasTheFiveMicrosecondTarget() {
    Scores scores = new Scores();
    scores.put("ValidationBenchmark.ours/seed", 4.2);
    scores.put("ValidatorCreationBenchmark.ours", 180.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L));

    assertThat(row(rows, "Validate (warm)", "seed").met()).contains(true);
    assertThat(row(rows, "Validator creation + first call (fresh JVM)", "seed").met()).contains(false);
  }

  @Test
  void bothColdRowsHaveTheHundredFiftyMillisecondTarget() {
    Scores scores = new Scores();
    scores.put("ValidatorCreationBenchmark.ours", 2.0);
    scores.put("ValidatorCreationBenchmark.hibernateBean", 190.0);
    scores.put("ValidatorCreationBenchmark.oursInvalid", 151.0);
    scores.put("ValidatorCreationBenchmark.hibernateBeanInvalid", 195.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L));

    Row valid = row(rows, "Validator creation + first call (fresh JVM)", "seed");
    Row invalid = row(rows, "Validator creation + first call (fresh JVM)", "seed, blank signal (1 violation)");
    assertThat(valid.met()).contains(true);
    assertThat(valid.baselines()).extracting(Row.Baseline::score).containsExactly(Optional.of(190.0));
    assertThat(invalid.met()).contains(false);
    assertThat(invalid.target()).isEqualTo("≤ 150 ms");
    assertThat(invalid.baselines()).extracting(Row.Baseline::score).containsExactly(Optional.of(195.0));
  }

  @Test
  void theChatFormatsHaveRowsBesideWhatAUserWouldWriteByHand() {
    Scores scores = new Scores();
    scores.put("ChatRenderBenchmark.ours/adaptive-card/large", 120.0);
    scores.put("ChatRenderBenchmark.generator/adaptive-card/large", 100.0);
    scores.put("ChatRenderBenchmark.objectTree/adaptive-card/large", 150.0);
    scores.put("ChatRenderBenchmark.ours/slack/seed", 12.0);

    List<Row> rows = Layout.rows(scores, List.of(10_000L));

    Row card = row(rows, "Adaptive Card render", "large");
    assertThat(card.ours()).contains(120.0);
    assertThat(card.baselines()).extracting(Row.Baseline::name, Row.Baseline::score)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hand-written JsonGenerator", Optional.of(100.0)),
            org.assertj.core.groups.Tuple.tuple("ObjectNode tree", Optional.of(150.0)));
    assertThat(row(rows, "Slack render", "seed").ours()).contains(12.0);
    assertThat(card.met()).isEmpty();
  }

  @Test
  void countsAreLabelledShort() {
    assertThat(Layout.label(10_000)).isEqualTo("10k briefings");
    assertThat(Layout.label(1_000_000)).isEqualTo("1M briefings");
    assertThat(Layout.label(1_500)).isEqualTo("1500 briefings");
  }

  private static Row row(List<Row> rows, String benchmark, String workload) {
    Optional<Row> found = rows.stream()
        .filter(r -> r.benchmark().equals(benchmark) && r.workload().equals(workload))
        .findFirst();
    assertThat(found).as(benchmark + " / " + workload).isPresent();
    return found.get();
  }
}
