package dev.briefing.render;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a rendered briefing, in the order renderers write them. Pass a set of them to a
 * renderer's builder to leave parts out; a part whose list is empty is left out anyway.
 *
 * <pre>{@code
 * HtmlRenderer teaser = HtmlRenderer.builder()
 *     .sections(EnumSet.of(Section.SIGNAL, Section.WHY_IT_MATTERS))
 *     .build();
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
}
