package dev.briefing.render.house;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.SectionLabels;
import java.util.List;
import java.util.Optional;

/** The house format an application registers: by ServiceLoader or with FormatRegistry.with. */
public final class HouseStyleFormat implements BriefingFormat {
  private static final BriefingRenderer RENDERER = new HouseStyleRenderer(SectionLabels.english());

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
    return Optional.of(RENDERER);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }
}
