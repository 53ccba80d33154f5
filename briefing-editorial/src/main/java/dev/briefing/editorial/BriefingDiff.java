package dev.briefing.editorial;

import dev.briefing.core.Briefing;
import dev.briefing.editorial.internal.Differ;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one edition of a briefing to the next: judgments whose text, likelihood,
 * confidence or horizon changed; figures matched by label (then by position) with the change
 * of their quantities; watch items added, dropped or whose signposts changed; alternative views;
 * metadata. Changes are listed in document order.
 *
 * <pre>{@code
 * BriefingDiff diff = BriefingDiff.between(yesterday, today);
 * if (!diff.isEmpty()) {
 *   System.out.print(DiffFormat.TEXT.render(diff));
 * }
 * }</pre>
 */
public final class BriefingDiff {

  private final List<Change> changes;

  private BriefingDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * @param previous the earlier edition
   * @param current the later edition
   * @return the changes from {@code previous} to {@code current}
   */
  public static BriefingDiff between(Briefing previous, Briefing current) {
    return new BriefingDiff(Differ.changes(Objects.requireNonNull(previous, "previous"),
        Objects.requireNonNull(current, "current")));
  }

  /** @return the changes, in document order */
  public List<Change> changes() {
    return changes;
  }

  /** @return whether the two editions are equal */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BriefingDiff diff && diff.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  @Override
  public String toString() {
    return "BriefingDiff" + changes;
  }
}
