package dev.briefing.kit;

import dev.briefing.core.Briefing;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The walk over a briefing's sections, written once for every format: each {@link Section} in
 * its fixed order, left out when the options leave it out or the briefing does not have it,
 * written by the {@link SectionWriter} registered for it (a section without a writer is not
 * written). Immutable and thread-safe; {@link #with(Section, SectionWriter)} returns a new walk.
 *
 * <pre>{@code
 * SectionWalk<Appendable> walk = SectionWalk.<Appendable>empty()
 *     .with(Section.SIGNAL, (b, out) -> out.append(b.signal()).append('\n'))
 *     .with(Section.THE_NUMBERS, (b, out) -> out.append(b.figures().size() + " figures\n"));
 * walk.write(briefing, RenderOptions.standard().sections(), System.out);
 * }</pre>
 *
 * @param <O> the output handed to the section writers
 */
public final class SectionWalk<O> {

  private static final Section[] SECTIONS = Section.values();
  private static final SectionWalk<?> EMPTY = new SectionWalk<>(new SectionWriter<?>[SECTIONS.length]);

  /** Indexed by {@link Section#ordinal()}; null where no writer is registered. */
  private final SectionWriter<O>[] writers;

  @SuppressWarnings("unchecked")
  private SectionWalk(SectionWriter<?>[] writers) {
    this.writers = (SectionWriter<O>[]) writers;
  }

  /**
   * @param <O> the output handed to the section writers
   * @return a walk that writes nothing
   */
  @SuppressWarnings("unchecked")
  public static <O> SectionWalk<O> empty() {
    return (SectionWalk<O>) EMPTY;
  }

  /**
   * @param section a section
   * @param writer how to write it
   * @return a new walk with {@code writer} for {@code section}, replacing any before it
   */
  @SuppressWarnings("unchecked") // a writer of a supertype of O writes O: the array holds only such writers
  public SectionWalk<O> with(Section section, SectionWriter<? super O> writer) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(writer, "writer");
    SectionWriter<O>[] copy = Arrays.copyOf(writers, writers.length);
    copy[section.ordinal()] = (SectionWriter<O>) writer;
    return new SectionWalk<>(copy);
  }

  /**
   * @param replacements a walk whose writers replace this walk's, section by section
   * @return a new walk: the replacement's writer where it has one, this walk's elsewhere
   */
  public SectionWalk<O> overriddenBy(SectionWalk<O> replacements) {
    SectionWriter<O>[] copy = Arrays.copyOf(writers, writers.length);
    for (int i = 0; i < copy.length; i++) {
      if (replacements.writers[i] != null) {
        copy[i] = replacements.writers[i];
      }
    }
    return new SectionWalk<>(copy);
  }

  /**
   * Writes every section in order that {@code sections} includes, the briefing has, and this
   * walk has a writer for.
   *
   * @param briefing the briefing
   * @param sections the sections to write, as in {@link RenderOptions#sections()}
   * @param out the output handed to each writer
   * @throws IOException when a writer's output fails
   */
  public void write(Briefing briefing, Set<Section> sections, O out) throws IOException {
    for (int i = 0; i < SECTIONS.length; i++) {
      SectionWriter<O> writer = writers[i];
      if (writer != null && sections.contains(SECTIONS[i]) && SECTIONS[i].isPresentIn(briefing)) {
        writer.write(briefing, out);
      }
    }
  }

  /**
   * @param section a section
   * @return whether this walk has a writer for it
   */
  public boolean writes(Section section) {
    return writers[section.ordinal()] != null;
  }
}
