package dev.briefing.chat.internal;

import dev.briefing.core.Figure;
import dev.briefing.kit.SectionLabels;

/**
 * What the chat formats write under a figure's value: its label, then its source and its date
 * when it has them, a middle dot apart ({@code Valuation · TechCrunch · as of 2026}), since a
 * field or a fact has room for one line of them.
 */
public final class FigureCaption {

  private FigureCaption() {}

  /**
   * @param figure a figure
   * @param labels the words for "as of"
   * @return the caption, plain text
   */
  public static String of(Figure figure, SectionLabels labels) {
    StringBuilder about = new StringBuilder(figure.label());
    figure.source().ifPresent(source -> about.append(" · ").append(source));
    figure.asOf().ifPresent(asOf -> about.append(" · ").append(labels.asOf()).append(' ').append(asOf));
    return about.toString();
  }
}
