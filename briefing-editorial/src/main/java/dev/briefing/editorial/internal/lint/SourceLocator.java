package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.editorial.Finding;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a finding at a line and column of the text a briefing was read from: it looks for the
 * words of the finding's part there (The Signal's, the impact's, the figure's label or source,
 * the watch item's title), the n-th time for the n-th of equal parts. A part whose words the
 * text writes otherwise (escaped, wrapped) is not found, and its finding keeps only its path.
 */
public final class SourceLocator {

  private static final Pattern PATH = Pattern.compile("\\$\\.([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?");
  /** Enough of a part's first line to find it, short enough to stay on one line of the text. */
  private static final int PROBE = 40;

  private final Briefing briefing;
  private final String text;

  public SourceLocator(Briefing briefing, String text) {
    this.briefing = briefing;
    this.text = text;
  }

  public Finding locate(Finding finding) {
    Matcher m = PATH.matcher(finding.path());
    if (!m.matches()) {
      return finding;
    }
    String part = m.group(1);
    int index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
    String property = m.group(3);
    return switch (part) {
      case "signal", "signalLikelihood", "signalConfidence", "signalHorizon" -> at(finding, List.of(briefing.signal()), 0);
      case "impacts" -> at(finding, texts(briefing.impacts(), i -> i.text()), index);
      case "alternativeViews" -> at(finding, texts(briefing.alternativeViews(), v -> v.text()), index);
      case "figures" -> "source".equals(property)
          ? at(finding, texts(briefing.figures(), f -> f.source().orElse("")), index)
          : at(finding, texts(briefing.figures(), f -> f.label()), index);
      case "watchItems" -> at(finding, texts(briefing.watchItems(), w -> w.title()), index);
      default -> finding;
    };
  }

  private static <T> List<String> texts(List<T> parts, Function<T, String> text) {
    return parts.stream().map(text).toList();
  }

  private Finding at(Finding finding, List<String> siblings, int index) {
    if (index < 0 || index >= siblings.size() || siblings.get(index).isEmpty()) {
      return finding;
    }
    String probe = probe(siblings.get(index));
    int occurrence = 0;
    for (int i = 0; i < index; i++) {
      if (probe(siblings.get(i)).equals(probe)) {
        occurrence++;
      }
    }
    int at = -1;
    for (int n = 0; n <= occurrence; n++) {
      at = text.indexOf(probe, at + 1);
      if (at < 0) {
        return finding;
      }
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = 1;
    for (int i = 0; i < lineStart; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return finding.at(line, at - lineStart + 1);
  }

  private static String probe(String part) {
    int end = part.indexOf('\n');
    String first = end < 0 ? part : part.substring(0, end);
    return first.length() <= PROBE ? first : first.substring(0, PROBE);
  }
}
