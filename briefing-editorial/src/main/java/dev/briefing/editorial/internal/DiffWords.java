package dev.briefing.editorial.internal;

import dev.briefing.editorial.BriefingDiff;

/** The words every rendering of a diff shares. */
final class DiffWords {

  private DiffWords() {}

  /** @return "No changes", "1 change" or "N changes" */
  static String heading(BriefingDiff diff) {
    int n = diff.changes().size();
    return n == 0 ? "No changes" : n == 1 ? "1 change" : n + " changes";
  }
}
