package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;

/** One lint rule: reports what it finds in a briefing. */
public interface Rule {
  void check(Briefing briefing, Report report);
}
