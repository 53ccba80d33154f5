package dev.briefing.spring.web;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Optional;

/** A third party's format, found by ServiceLoader: one line, the signal; it cannot be read. */
public final class HouseFormat implements BriefingFormat {

  /** Found by ServiceLoader. */
  public HouseFormat() {}

  @Override
  public String name() {
    return "house";
  }

  @Override
  public String mediaType() {
    return "text/x-house";
  }

  @Override
  public List<String> extensions() {
    return List.of(".house");
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of((briefing, out) -> out.append("BOTTOM LINE: ").append(briefing.signal()));
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }
}
