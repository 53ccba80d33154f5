package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLimitsTest {

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of("maxDocumentLength", (BiFunction<JsonLimits, Integer, JsonLimits>) JsonLimits::withMaxDocumentLength),
        Arguments.of("maxStringLength", (BiFunction<JsonLimits, Integer, JsonLimits>) JsonLimits::withMaxStringLength),
        Arguments.of("maxNestingDepth", (BiFunction<JsonLimits, Integer, JsonLimits>) JsonLimits::withMaxNestingDepth),
        Arguments.of("maxNameLength", (BiFunction<JsonLimits, Integer, JsonLimits>) JsonLimits::withMaxNameLength),
        Arguments.of("maxNumberLength", (BiFunction<JsonLimits, Integer, JsonLimits>) JsonLimits::withMaxNumberLength),
        Arguments.of("maxTokenCount", (BiFunction<JsonLimits, Integer, JsonLimits>) JsonLimits::withMaxTokenCount));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void eachLimitMayBeOneButNotZero(String name, BiFunction<JsonLimits, Integer, JsonLimits> with) {
    assertThat(with.apply(JsonLimits.defaults(), 1)).isNotEqualTo(JsonLimits.defaults());
    assertThatThrownBy(() -> with.apply(JsonLimits.defaults(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("JSON read limits must be positive");
  }
}
