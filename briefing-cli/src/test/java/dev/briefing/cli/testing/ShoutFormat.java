package dev.briefing.cli.testing;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A write-only test format, {@code test-shout}: the signal in capitals, one line each, so any
 * number of briefings may follow one another in one output.
 */
public final class ShoutFormat implements BriefingFormat {

  @Override
  public String name() {
    return "test-shout";
  }

  @Override
  public String mediaType() {
    return "text/x-test-shout";
  }

  @Override
  public List<String> extensions() {
    return List.of(".shout");
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of((briefing, out) -> out.append(briefing.signal().toUpperCase(Locale.ROOT)).append('\n'));
  }

  @Override
  public boolean multiDocument() {
    return true;
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }
}
