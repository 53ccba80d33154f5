package dev.briefing.render.house;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.QuantityFormat;
import dev.briefing.kit.SectionLabels;
import java.io.IOException;

/**
 * A publisher's own layout, as an application would write it: a bottom line, the impacts
 * numbered, and each figure with its value spelled out. It reuses the library's labels, impact
 * order words, paragraph splitting and quantity formatting instead of copying them.
 */
public final class HouseStyleRenderer implements BriefingRenderer {
  private final SectionLabels labels;
  private final QuantityFormat quantities;

  public HouseStyleRenderer(SectionLabels labels) {
    this.labels = labels;
    this.quantities = QuantityFormat.compact(labels.language());
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    out.append(labels.signal().toUpperCase(labels.language())).append(": ")
        .append(Paragraphs.of(briefing.signal()).get(0)).append('\n');
    int n = 1;
    for (Impact impact : briefing.impacts()) {
      out.append(String.valueOf(n++)).append(". [").append(labels.impactOrder(impact.order())).append("] ")
          .append(String.join(" / ", Paragraphs.of(impact.text()))).append('\n');
    }
    for (Figure figure : briefing.figures()) {
      out.append("* ").append(figure.value());
      if (figure.quantity().isPresent()) {
        out.append(" (").append(quantities.format(figure.quantity().get())).append(')');
      }
      out.append(" ").append(figure.label()).append('\n');
    }
  }
}
