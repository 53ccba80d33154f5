package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.benchmarks.Workload;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Figure;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming baselines that keep our reader's promises do keep them: they read what they
 * are given, refuse a written quantity that disagrees with its value, and refuse an invalid
 * briefing, on both Jackson lines.
 */
class KeepingPromisesTest {

  static Stream<Arguments> readers() {
    Function<String, Briefing> jackson2 = StreamingJsonReader.keepingPromises()::read;
    Function<String, Briefing> jackson3 = Jackson3StreamingReader.keepingPromises()::read;
    return Stream.of(Arguments.of("jackson2", jackson2), Arguments.of("jackson3", jackson3));
  }

  static Stream<Arguments> readersAndBriefings() {
    return readers().flatMap(reader -> Stream.concat(Stream.of(Workload.values()).map(Workload::briefing),
            BriefingGenerator.validBriefings(100, 71))
        .map(briefing -> Arguments.of(reader.get()[0], reader.get()[1], briefing)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readersAndBriefings")
  void readsBackWhatOurCodecWrote(String line, Function<String, Briefing> reader, Briefing briefing) {
    assertThat(reader.apply(BriefingJson.create().write(briefing))).isEqualTo(briefing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void refusesAQuantityThatDisagreesWithItsValue(String line, Function<String, Briefing> reader) {
    String json = BriefingJson.create().write(Workload.SEED.briefing());
    String changed = json.replaceFirst("\"approximate\":false", "\"approximate\":true");
    assertThat(changed).isNotEqualTo(json);

    assertThatThrownBy(() -> reader.apply(changed)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("quantity disagrees");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void refusesAnInvalidBriefing(String line, Function<String, Briefing> reader) {
    Briefing seed = Workload.SEED.briefing();
    Briefing invalid = seed.withFigures(Figure.of("12%", " "));
    String json = BriefingJson.create().withoutValidation().write(invalid);

    assertThatThrownBy(() -> reader.apply(json)).isInstanceOf(BriefingValidationException.class);
  }
}
