/**
 * Editorial tools on the briefing model: the diff between two editions ({@code BriefingDiff})
 * and lint by documented rules ({@code BriefingLint}).
 *
 * <pre>{@code
 * BriefingDiff diff = BriefingDiff.between(yesterday, today);
 * String report = DiffFormat.MARKDOWN.render(diff);
 * List<Finding> findings = BriefingLint.standard().check(today);
 * }</pre>
 */
module dev.briefing.editorial {
  requires transitive dev.briefing.core;
  requires com.fasterxml.jackson.core;
  requires owasp.encoder;

  exports dev.briefing.editorial;
}
