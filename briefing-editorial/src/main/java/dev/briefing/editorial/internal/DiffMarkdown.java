package dev.briefing.editorial.internal;

import dev.briefing.editorial.BriefingDiff;
import dev.briefing.editorial.Change;

/**
 * A diff as Markdown: a heading, then one list item per change with its path in a code span
 * and before, after and note as a nested list; the briefing's text escaped throughout.
 */
public final class DiffMarkdown {

  private DiffMarkdown() {}

  public static String render(BriefingDiff diff) {
    StringBuilder out = new StringBuilder("## ").append(DiffWords.heading(diff)).append("\n");
    if (!diff.isEmpty()) {
      out.append('\n');
    }
    for (Change change : diff.changes()) {
      out.append("- **").append(change.kind().word()).append("** `").append(change.path()).append("` ")
          .append(MarkdownEscape.inline(change.subject())).append('\n');
      change.before().ifPresent(v -> out.append("  - before: ").append(MarkdownEscape.inline(v)).append('\n'));
      change.after().ifPresent(v -> out.append("  - after: ").append(MarkdownEscape.inline(v)).append('\n'));
      change.note().ifPresent(v -> out.append("  - note: ").append(MarkdownEscape.inline(v)).append('\n'));
    }
    return out.toString();
  }
}
