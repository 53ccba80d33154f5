package dev.briefing.editorial.internal;

import dev.briefing.editorial.BriefingDiff;
import dev.briefing.editorial.Change;

/**
 * A diff as plain text: a heading line, then per change {@code +} (added), {@code -} (removed)
 * or {@code ~} (changed), its path and subject, and its before, after and note lines. Text is
 * written as the briefing holds it, control characters aside (see {@link ReportText}).
 */
public final class DiffText {

  private DiffText() {}

  public static String render(BriefingDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append(DiffWords.heading(diff)).append('\n');
    for (Change change : diff.changes()) {
      out.append(symbol(change.kind())).append(' ').append(change.path()).append(" (")
          .append(ReportText.line(change.subject())).append(")\n");
      change.before().ifPresent(v -> out.append("  before: ").append(ReportText.line(v)).append('\n'));
      change.after().ifPresent(v -> out.append("  after:  ").append(ReportText.line(v)).append('\n'));
      change.note().ifPresent(v -> out.append("  note:   ").append(ReportText.line(v)).append('\n'));
    }
    return out.toString();
  }

  private static char symbol(Change.Kind kind) {
    return switch (kind) {
      case ADDED -> '+';
      case REMOVED -> '-';
      case CHANGED -> '~';
    };
  }
}
