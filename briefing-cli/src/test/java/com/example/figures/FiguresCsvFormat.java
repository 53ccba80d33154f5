package com.example.figures;

import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.kit.RenderOptions;
import java.util.Optional;

/**
 * A third-party format written against the kit's public API only: every figure of a batch of
 * briefings as one CSV table (RFC 4180), the header once per output. Shipped as a plugin jar
 * with a {@code META-INF/services} entry; {@code .figures.csv} is a compound extension, so
 * plain {@code .csv} stays free for other formats. One output holds the figures of every
 * briefing of a batch, after one header, and that header alone tells this format's output.
 */
public final class FiguresCsvFormat extends DescribedFormat {

  private static final FiguresCsvRenderer RENDERER = new FiguresCsvRenderer(RenderOptions.standard());
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("figures-csv", "text/csv")
      .extensions(".figures.csv")
      .multiDocument()
      .probe(InputHead.firstLine(RENDERER.header()::equals, MatchStrength.FULL_MATCH))
      .build();

  /** The format with English column headings. */
  public FiguresCsvFormat() {
    super(DESCRIPTOR, Optional.of(RENDERER), Optional.empty());
  }
}
