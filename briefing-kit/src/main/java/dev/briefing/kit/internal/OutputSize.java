package dev.briefing.kit.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWalk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A guess at a rendered briefing's length, made before writing it: a renderer that makes its
 * own buffer sizes it once, instead of letting a long briefing double it, copying everything
 * written so far each time, from the default size up. The guess is the briefing's text, a share
 * more for escapes, and what the caller says its layout adds per item and once, counting only
 * the sections written (through the same walk the renderers use): a buffer far too large costs
 * its zeroing.
 */
public final class OutputSize {
  /** The longest array a JVM makes. */
  private static final int MAX = Integer.MAX_VALUE - 16;

  private static final SectionWalk<Tally> COUNT = SectionWalk.<Tally>empty()
      .with(Section.TITLE, (b, tally) -> tally.text += b.title().get().length())
      .with(Section.SIGNAL, (b, tally) -> tally.text += b.signal().length())
      .with(Section.WHAT_HAPPENED, (b, tally) -> tally.text += b.whatHappened().length())
      .with(Section.WHY_IT_MATTERS, (b, tally) -> {
        for (Impact impact : b.impacts()) {
          tally.text += impact.text().length();
        }
        tally.items += b.impacts().size();
      })
      .with(Section.THE_NUMBERS, (b, tally) -> {
        for (Figure figure : b.figures()) {
          tally.text += figure.value().length() + figure.label().length();
          if (figure.source().isPresent()) {
            tally.text += figure.source().get().length();
          }
          if (figure.asOf().isPresent()) {
            tally.text += figure.asOf().get().length();
          }
        }
        tally.items += b.figures().size();
      })
      .with(Section.WHAT_TO_WATCH, (b, tally) -> {
        for (WatchItem item : b.watchItems()) {
          tally.text += item.title().length() + item.description().length();
        }
        tally.items += b.watchItems().size();
      })
      .with(Section.DETAILS, (b, tally) -> {
        Metadata metadata = b.metadata();
        for (String author : metadata.authors()) {
          tally.text += author.length();
        }
        for (String tag : metadata.tags()) {
          tally.text += tag.length();
        }
        for (Source source : metadata.sources()) {
          tally.text += source.title().length() + source.url().toString().length();
        }
        tally.items += metadata.authors().size() + metadata.tags().size() + metadata.sources().size();
      });

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
    Tally tally = new Tally();
    try {
      COUNT.write(briefing, sections, tally);
    } catch (IOException e) {
      throw new UncheckedIOException("Counting writes nothing", e);
    }
    return (int) Math.min(MAX, tally.text + tally.text / escapeDivisor + tally.items * perItem + fixed);
  }

  /** Characters of text and items counted so far. */
  private static final class Tally {
    long text;
    long items;
  }
}
