package dev.briefing.editorial;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two editions of a briefing: what kind, where (a JSON path into the
 * current edition, or into the previous one for what was dropped), what it is in words, the
 * value before and after as plain text, and a note such as {@code "raised"} or
 * {@code "up 8000000000 USD (+2.1%)"}.
 *
 * <pre>{@code
 * Change change = BriefingDiff.between(previous, current).changes().get(0);
 * change.kind();    // CHANGED
 * change.path();    // "$.signalLikelihood"
 * change.note();    // Optional[raised]
 * }</pre>
 *
 * @param kind added, removed or changed
 * @param path the JSON path of the part, such as {@code $.impacts[1].text}
 * @param subject the part in words, such as {@code second-order impact 2}
 * @param before the value in the previous edition; empty for what was added
 * @param after the value in the current edition; empty for what was removed
 * @param note what the change amounts to, when there is more to say than before and after
 */
public record Change(Kind kind, String path, String subject, Optional<String> before, Optional<String> after,
    Optional<String> note) {

  /** What happened to the part. */
  public enum Kind {
    /** In the current edition only. */
    ADDED,
    /** In the previous edition only. */
    REMOVED,
    /** In both, not equal. */
    CHANGED;

    /** @return the kind in lower case, as the reports write it */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Checks that no part is null. */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(note, "note");
  }
}
