package com.example.cards;

import dev.briefing.core.Figure;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWriter;
import dev.briefing.render.html.HtmlOutput;
import dev.briefing.render.html.HtmlRenderer;
import java.util.List;
import java.util.Optional;

/**
 * A third-party HTML format that writes The Numbers as cards and every other section as the
 * built-in HTML renderer does: one section writer replaced, nothing forked.
 */
public final class FigureCardsFormat implements BriefingFormat {

  /** The figures as cards: value large, the label below, the source in a footer. */
  static final SectionWriter<HtmlOutput> CARDS = (briefing, out) -> {
    int level = out.options().headingLevel() + 1;
    out.markup("<section class=\"the-numbers\">\n<h" + level + ">").text(out.options().labels().theNumbers())
        .markup("</h" + level + ">\n<div class=\"cards\">\n");
    for (Figure figure : briefing.figures()) {
      out.markup("<figure class=\"card\"><p class=\"value\">").text(figure.value())
          .markup("</p><figcaption>").text(figure.label());
      if (figure.source().isPresent()) {
        out.markup(" <cite>").text(figure.source().get()).markup("</cite>");
      }
      out.markup("</figcaption></figure>\n");
    }
    out.markup("</div>\n</section>\n");
  };

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .options(RenderOptions.standard())
      .section(Section.THE_NUMBERS, CARDS)
      .build();

  /** The format with the standard options. */
  public FigureCardsFormat() {}

  @Override
  public String name() {
    return "figure-cards";
  }

  @Override
  public String mediaType() {
    return "text/x-figure-cards+html";
  }

  @Override
  public List<String> extensions() {
    return List.of(".cards.html");
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
