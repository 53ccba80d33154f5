package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final FormatRegistry FORMATS = FormatRegistry.loadDefault();

  @Test
  void serviceLoaderFindsJsonAndNdjsonByNameMediaTypeAndExtension() {
    assertThat(FORMATS.names()).contains("json", "ndjson");
    assertThat(FORMATS.byMediaType("application/json; charset=utf-8")).isInstanceOf(JsonFormat.class);
    assertThat(FORMATS.byMediaType("application/x-ndjson")).isInstanceOf(NdjsonFormat.class);
    assertThat(FORMATS.forFileName("out/briefing.json")).isInstanceOf(JsonFormat.class);
    assertThat(FORMATS.forFileName("archive.jsonl")).isInstanceOf(NdjsonFormat.class);
    assertThat(FORMATS.forFileName("archive.NDJSON")).isInstanceOf(NdjsonFormat.class);
  }

  @Test
  void jsonRendererWritesTheGoldenFileToAnyAppendable() {
    String golden = TestResources.text("/golden/signal-karpathy-anthropic.json");
    StringWriter writer = new StringWriter();
    StringBuilder builder = new StringBuilder();

    FORMATS.renderer("json").render(SeedBriefing.briefing(), writer);
    FORMATS.renderer("json").render(SeedBriefing.briefing(), builder);

    assertThat(writer.toString()).isEqualTo(golden);
    assertThat(builder.toString()).isEqualTo(golden);
    assertThat(FORMATS.parser("json").parse(golden)).isEqualTo(SeedBriefing.briefing());
  }

  @Test
  void jsonParserReadsStringsAndReadersAlikeAndFailsAlike() {
    String golden = TestResources.text("/golden/signal-karpathy-anthropic.json");
    String broken = Documents.replace("\"order\": 1", "\"order\": \"1\"");
    var parser = FORMATS.parser("json");

    assertThat(parser.parse(golden)).isEqualTo(SeedBriefing.briefing());
    assertThat(parser.parse(new StringReader(golden))).isEqualTo(SeedBriefing.briefing());
    assertThat(parser.read(new StringReader(golden)).briefing()).isEqualTo(SeedBriefing.briefing());
    String expected = "line 5, column 25 at $.impacts[0].order: expected an integer but was STRING";
    assertThatThrownBy(() -> parser.parse(broken)).hasMessageStartingWith(expected);
    assertThatThrownBy(() -> parser.parse(new StringReader(broken))).hasMessageStartingWith(expected);
    assertThatThrownBy(() -> parser.read(new StringReader(broken))).hasMessageStartingWith(expected);
  }

  @Test
  void ndjsonRendererWritesOneLineSoRenderingManyMakesJsonLines() {
    Briefing seed = SeedBriefing.briefing();
    StringBuilder lines = new StringBuilder();
    FORMATS.renderer("ndjson").render(seed, lines);
    FORMATS.renderer("ndjson").render(seed, lines);

    assertThat(lines.toString()).isEqualTo(TestResources.text("/golden/signal-karpathy-anthropic.compact.json") + "\n"
        + TestResources.text("/golden/signal-karpathy-anthropic.compact.json") + "\n");
    try (Stream<Briefing> all = FORMATS.parser("ndjson").parseAll(new StringReader(lines.toString()))) {
      assertThat(all).containsExactly(seed, seed);
    }
  }

  @Test
  void ndjsonParseWantsExactlyOneBriefing() {
    String line = BriefingJson.create().write(SeedBriefing.briefing());
    BriefingFormat ndjson = FORMATS.byName("ndjson");

    assertThat(ndjson.parser().orElseThrow().parse(line + "\n")).isEqualTo(SeedBriefing.briefing());
    assertThatThrownBy(() -> ndjson.parser().orElseThrow().parse(line + "\n" + line))
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageStartingWith("line 2, column 1: expected one briefing but line 2 holds another");
    assertThatThrownBy(() -> ndjson.parser().orElseThrow().parse("\n"))
        .isInstanceOf(BriefingFormatException.class);
  }

  @Test
  void ndjsonIsTheManyDocumentFormatAndJsonIsNot() {
    assertThat(FORMATS.byName("ndjson").multiDocument()).isTrue();
    assertThat(FORMATS.byName("json").multiDocument()).isFalse();
  }

  @Test
  void ndjsonReadAllNumbersTheBriefingsAndFailsAtABadLineWithItsNumber() {
    String line = BriefingJson.create().write(SeedBriefing.briefing());
    String input = line + "\n\n" + line + "\n{broken\n" + line + "\n";

    try (Stream<ParseResult> all = FORMATS.parser("ndjson").readAll(new StringReader(input))) {
      Iterator<ParseResult> results = all.iterator();
      ParseResult first = results.next();
      ParseResult second = results.next();

      assertThat(first.briefing()).isEqualTo(SeedBriefing.briefing());
      assertThat(first.document()).isEqualTo(1);
      assertThat(second.document()).isEqualTo(2);
      assertThat(second.repairs()).isEmpty();
      assertThat(second.warnings()).isEmpty();
      assertThatThrownBy(results::hasNext)
          .isInstanceOfSatisfying(BriefingFormatException.class,
              e -> assertThat(e.location().line()).hasValue(4));
    }
  }

  @Test
  void ndjsonReadAllNumbersEachBriefingByItsLineWhicheverPartIsConsumedFirst() {
    // A parallel stream splits the input and may consume a later part before an earlier one;
    // each result must still carry its own number. Enough lines for a split (its first part
    // takes 1,024).
    int count = 3_000;
    List<Briefing> pool = BriefingGenerator.validBriefings(13, 11).skip(3).toList();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < count; i++) {
      input.append(BriefingJson.create().write(pool.get(i % pool.size()))).append('\n');
    }

    try (Stream<ParseResult> all = FORMATS.parser("ndjson").readAll(new StringReader(input.toString()))) {
      Spliterator<ParseResult> rest = all.parallel().spliterator();
      Spliterator<ParseResult> first = rest.trySplit();
      assertThat(first).as("the input splits in two").isNotNull();
      List<ParseResult> results = new ArrayList<>();
      rest.forEachRemaining(results::add);
      first.forEachRemaining(results::add);

      assertThat(results).hasSize(count).allSatisfy(result -> assertThat(result.briefing())
          .isEqualTo(pool.get((int) (result.document() - 1) % pool.size())));
      assertThat(results).extracting(ParseResult::document).doesNotHaveDuplicates();
    }
  }

  @Test
  void ndjsonParseAllIsLazy() {
    String line = BriefingJson.create().write(SeedBriefing.briefing());
    String input = line + "\n" + line + "\n{broken\n";

    try (Stream<Briefing> all = FORMATS.parser("ndjson").parseAll(new StringReader(input))) {
      assertThat(all.limit(2)).hasSize(2);
    }
  }
}
