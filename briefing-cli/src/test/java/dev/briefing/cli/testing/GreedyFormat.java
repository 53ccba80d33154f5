package dev.briefing.cli.testing;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A format, {@code test-greedy} ({@code .greedy}), whose parser takes memory until there is
 * none, as a parser on a pathological input would. Put on the class path only by the test of
 * running out of memory.
 */
public final class GreedyFormat implements BriefingFormat {

  @Override
  public String name() {
    return "test-greedy";
  }

  @Override
  public String mediaType() {
    return "text/x-test-greedy";
  }

  @Override
  public List<String> extensions() {
    return List.of(".greedy");
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.empty();
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(in -> {
      List<long[]> held = new ArrayList<>();
      while (true) {
        held.add(new long[1 << 16]);
      }
    });
  }
}
