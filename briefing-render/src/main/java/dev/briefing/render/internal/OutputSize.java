package dev.briefing.render.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.render.Section;
import java.util.Set;

/**
 * A guess at a rendered briefing's length, made before writing it: a renderer that makes its
 * own buffer sizes it once, instead of letting a long briefing double it, copying everything
 * written so far each time, from the default size up. The guess is the briefing's text, a share
 * more for escapes, and what the caller says its layout adds per item and once, counting only
 * the sections written: a buffer far too large costs its zeroing.
 */
public final class OutputSize {
  /** The longest array a JVM makes. */
  private static final int MAX = Integer.MAX_VALUE - 16;

  private OutputSize() {}

  /**
   * @param briefing the briefing to render
   * @param sections the sections the renderer writes
   * @param perItem characters the layout adds around each impact, figure, watch item, author,
   *     tag and source
   * @param fixed characters the layout adds once: headings, labels
   * @param escapeDivisor the text's length divided by this is added for escapes: 16 where an
   *     escape is a backslash, 8 where it is an entity such as {@code &amp;}
   * @return the guessed length, at most the largest array size
   */
  public static int of(Briefing briefing, Set<Section> sections, int perItem, int fixed, int escapeDivisor) {
    long text = 0;
    long items = 0;
    if (sections.contains(Section.TITLE) && briefing.title().isPresent()) {
      text += briefing.title().get().length();
    }
    if (sections.contains(Section.SIGNAL)) {
      text += briefing.signal().length();
    }
    if (sections.contains(Section.WHAT_HAPPENED)) {
      text += briefing.whatHappened().length();
    }
    if (sections.contains(Section.WHY_IT_MATTERS)) {
      for (Impact impact : briefing.impacts()) {
        text += impact.text().length();
      }
      items += briefing.impacts().size();
    }
    if (sections.contains(Section.THE_NUMBERS)) {
      for (Figure figure : briefing.figures()) {
        text += figure.value().length() + figure.label().length();
        if (figure.source().isPresent()) {
          text += figure.source().get().length();
        }
        if (figure.asOf().isPresent()) {
          text += figure.asOf().get().length();
        }
      }
      items += briefing.figures().size();
    }
    if (sections.contains(Section.WHAT_TO_WATCH)) {
      for (WatchItem item : briefing.watchItems()) {
        text += item.title().length() + item.description().length();
      }
      items += briefing.watchItems().size();
    }
    if (sections.contains(Section.DETAILS)) {
      Metadata metadata = briefing.metadata();
      for (String author : metadata.authors()) {
        text += author.length();
      }
      for (String tag : metadata.tags()) {
        text += tag.length();
      }
      for (Source source : metadata.sources()) {
        text += source.title().length() + source.url().toString().length();
      }
      items += metadata.authors().size() + metadata.tags().size() + metadata.sources().size();
    }
    return (int) Math.min(MAX, text + text / escapeDivisor + items * perItem + fixed);
  }
}
