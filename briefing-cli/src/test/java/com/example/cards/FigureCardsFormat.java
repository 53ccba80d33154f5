package com.example.cards;

import dev.briefing.core.Figure;
import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.kit.ConfigurableFormat;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWriter;
import dev.briefing.render.html.HtmlOutput;
import dev.briefing.render.html.HtmlRenderer;

/**
 * A third-party HTML format that writes The Numbers as cards and every other section as the
 * built-in HTML renderer does: one section writer replaced, nothing forked. A format on the
 * kit, so a tool that asks it for German labels gets them with the cards still in place.
 */
public final class FigureCardsFormat extends ConfigurableFormat {

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

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("figure-cards", "text/x-figure-cards+html")
      .extensions(".cards.html")
      .build();

  /** The format with the standard options. */
  public FigureCardsFormat() {
    super(DESCRIPTOR, withCards(RenderOptions.standard()), FigureCardsFormat::withCards);
  }

  private static HtmlRenderer withCards(RenderOptions options) {
    return HtmlRenderer.builder().options(options).section(Section.THE_NUMBERS, CARDS).build();
  }
}
