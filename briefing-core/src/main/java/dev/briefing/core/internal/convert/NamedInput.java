package dev.briefing.core.internal.convert;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Puts the input's name into the location of format errors raised while a lazy stream of
 * briefings is consumed, so a batch over many files says which file was bad.
 */
public final class NamedInput {

  private NamedInput() {}

  /**
   * @param briefings a lazy stream read from one input
   * @param name the input's name, such as a file name
   * @return the same briefings; its errors name the input; closing it closes {@code briefings}
   */
  public static Stream<Briefing> name(Stream<Briefing> briefings, String name) {
    Spliterator<Briefing> source = briefings.spliterator();
    Spliterator<Briefing> named = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super Briefing> action) {
        try {
          return source.tryAdvance(action);
        } catch (BriefingFormatException e) {
          throw e.location().input().isPresent() ? e : withName(e, name);
        } catch (UncheckedIOException e) {
          throw new BriefingIOException("Could not read " + name, e.getCause());
        }
      }
    };
    return StreamSupport.stream(named, false).onClose(briefings::close);
  }

  /**
   * @param e a format error
   * @param name the input's name
   * @return the same error with the input's name in its location
   */
  public static BriefingFormatException withName(BriefingFormatException e, String name) {
    return new BriefingFormatException(e.location().withInput(name), e.problem(), e);
  }
}
