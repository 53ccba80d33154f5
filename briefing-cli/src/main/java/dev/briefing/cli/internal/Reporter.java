package dev.briefing.cli.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.Violation;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.ConversionListener;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.format.TextRepair;
import java.io.PrintWriter;
import java.util.List;

/**
 * Shows a command's user what happens to each briefing as it goes: the repairs and warnings of
 * the parsers on standard error as {@code file:line:col: warning: ...} (unless {@code --quiet}),
 * each broken rule as {@code file: [briefing N: ]$.path: message}, and the progress display.
 * It also remembers where the conversion is, so that an error ending it names the input and
 * the briefing.
 */
final class Reporter implements ConversionListener {

  private final PrintWriter warnings;
  private final PrintWriter problems;
  private final boolean quiet;
  private final Progress progress;
  private String input = "input";
  private boolean multiDocument;
  private long document;

  /**
   * @param warnings where warnings and repairs go (standard error)
   * @param problems where broken rules go
   * @param quiet whether to leave warnings and repairs out
   * @param progress the display to feed
   */
  Reporter(PrintWriter warnings, PrintWriter problems, boolean quiet, Progress progress) {
    this.warnings = warnings;
    this.problems = problems;
    this.quiet = quiet;
    this.progress = progress;
  }

  @Override
  public void started(String name, BriefingFormat format) {
    input = name;
    multiDocument = format.multiDocument();
    document = 0;
  }

  @Override
  public void read(String name, ParseResult result) {
    document = result.document();
    progress.briefing(result.repairs().size(), result.warnings().size());
    if (quiet) {
      return;
    }
    for (ParseWarning warning : result.warnings()) {
      warnings.println(Problems.describe(new BriefingFormatException(warning.location(), "warning: " + warning.message()),
          input, numbered()));
    }
    for (TextRepair repair : result.repairs()) {
      Location at = Location.at(repair.line(), repair.column());
      warnings.println(Problems.describe(new BriefingFormatException(at,
          "warning: repaired '" + repair.before() + "' to '" + repair.after() + "'"), input, numbered()));
    }
  }

  @Override
  public void invalid(String name, long number, List<Violation> violations) {
    document = number;
    progress.failure();
    for (Violation violation : violations) {
      problems.println(Problems.describe(violation, name, multiDocument ? number : 0));
    }
  }

  /** @param name the input about to be read, before its format is known */
  void opening(String name) {
    input = name;
    multiDocument = false;
    document = 0;
  }

  /** @return the input being read, or last read */
  String input() {
    return input;
  }

  /**
   * @param read whether the failing briefing was read whole (it was refused), or not (its
   *     input failed while reading it)
   * @return the number of the briefing that failed, in a many-document input, or 0
   */
  long failing(boolean read) {
    return multiDocument ? (read ? document : document + 1) : 0;
  }

  private long numbered() {
    return multiDocument ? document : 0;
  }
}
