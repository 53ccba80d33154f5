package dev.briefing.json.internal.shape;

import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.core.SignpostStatus;
import dev.briefing.json.internal.Problems;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed vocabularies of model 1.1 on the wire: each value is written as its term
 * ({@code "very likely"}, {@code "moderate"}, {@code "triggered"}) and read back from exactly
 * that term; anything else is an error listing the terms.
 */
final class Terms {

  private Terms() {}

  /** @return the likelihood at the property the reader is on, or null for a null read as absent */
  static Likelihood likelihood(WireInput in) throws IOException {
    return term(in, Likelihood.values(), Likelihood::term);
  }

  /** @return the confidence at the property the reader is on, or null for a null read as absent */
  static Confidence confidence(WireInput in) throws IOException {
    return term(in, Confidence.values(), Confidence::term);
  }

  /** @return the status at the property the reader is on, or null for a null read as absent */
  static SignpostStatus status(WireInput in) throws IOException {
    return term(in, SignpostStatus.values(), SignpostStatus::term);
  }

  static void write(WireOutput out, String name, Optional<? extends Enum<?>> value) throws IOException {
    if (value.isPresent()) {
      out.property(name, value.get().toString());
    }
  }

  private static <T> T term(WireInput in, T[] values, Function<T, String> term) throws IOException {
    String text = in.optionalString();
    if (text == null) {
      return null;
    }
    for (T value : values) {
      if (term.apply(value).equals(text)) {
        return value;
      }
    }
    throw in.reader().error(Problems.expected(
        "one of " + Arrays.stream(values).map(term).map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")),
        "\"" + Problems.shorten(text) + "\""));
  }
}
