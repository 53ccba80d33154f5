package dev.briefing.kit;

import dev.briefing.core.Briefing;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a rendered briefing, in the order every renderer writes them. Pass a set of them
 * in {@link RenderOptions} to leave parts out; a part the briefing does not have (no title, no
 * impacts, no figures, no watch items, no metadata) is left out anyway.
 *
 * <pre>{@code
 * RenderOptions teaser = RenderOptions.builder()
 *     .sections(EnumSet.of(Section.SIGNAL, Section.WHY_IT_MATTERS))
 *     .build();
 * Section.THE_NUMBERS.isPresentIn(briefing);   // false when the briefing has no figures
 * }</pre>
 */
public enum Section {
  /** The headline, when the briefing has one. */
  TITLE,
  /** The Signal: the thesis. */
  SIGNAL,
  /** What Happened: the narrative. */
  WHAT_HAPPENED,
  /** Why It Matters: the impacts by order. */
  WHY_IT_MATTERS,
  /** The Numbers: the figures. */
  THE_NUMBERS,
  /** What To Watch: the watch items. */
  WHAT_TO_WATCH,
  /** Details: the publishing metadata, when there is any. */
  DETAILS;

  /** @return every part, the default of every renderer */
  public static Set<Section> all() {
    return EnumSet.allOf(Section.class);
  }

  /**
   * Whether the briefing has anything for this part, the one rule every format follows to
   * leave a part out.
   *
   * @param briefing a briefing
   * @return false for the title of an untitled briefing, an empty list (for Why It Matters:
   *     no impacts and no alternative views, which it also holds), or empty metadata
   */
  public boolean isPresentIn(Briefing briefing) {
    switch (this) {
      case TITLE:
        return briefing.title().isPresent();
      case WHY_IT_MATTERS:
        return !briefing.impacts().isEmpty() || !briefing.alternativeViews().isEmpty();
      case THE_NUMBERS:
        return !briefing.figures().isEmpty();
      case WHAT_TO_WATCH:
        return !briefing.watchItems().isEmpty();
      case DETAILS:
        return !briefing.metadata().isEmpty();
      default:
        return true;
    }
  }
}
