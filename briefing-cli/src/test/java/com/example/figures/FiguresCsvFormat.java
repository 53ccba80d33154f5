package com.example.figures;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.kit.RenderOptions;
import java.util.List;
import java.util.Optional;

/**
 * A third-party format written against the kit's public API only: every figure of a batch of
 * briefings as one CSV table (RFC 4180), the header once per output. Shipped as a plugin jar
 * with a {@code META-INF/services} entry; {@code .figures.csv} is a compound extension, so
 * plain {@code .csv} stays free for other formats.
 */
public final class FiguresCsvFormat implements BriefingFormat {

  private static final FiguresCsvRenderer RENDERER = new FiguresCsvRenderer(RenderOptions.standard());

  /** The format with English column headings. */
  public FiguresCsvFormat() {}

  @Override
  public String name() {
    return "figures-csv";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> extensions() {
    return List.of(".figures.csv");
  }

  /** One output holds the figures of every briefing of a batch, after one header. */
  @Override
  public boolean multiDocument() {
    return true;
  }

  /** Its own header, and nothing else, tells this format's output. */
  @Override
  public MatchStrength probe(CharSequence head) {
    List<String> first = InputHead.nonBlankLines(head, 1);
    return !first.isEmpty() && first.get(0).equals(RENDERER.header()) ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
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
