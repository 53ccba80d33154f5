package dev.briefing.cli.testing;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Optional;

/**
 * A format provider that cannot be made, as one built against another version would fail: its
 * constructor throws. Put on the class path only by the tests of a broken provider.
 */
public final class BrokenFormat implements BriefingFormat {

  /** Always fails. */
  public BrokenFormat() {
    throw new IllegalStateException("built for another version");
  }

  @Override
  public String name() {
    return "test-broken";
  }

  @Override
  public String mediaType() {
    return "text/x-test-broken";
  }

  @Override
  public List<String> extensions() {
    return List.of();
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.empty();
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }
}
