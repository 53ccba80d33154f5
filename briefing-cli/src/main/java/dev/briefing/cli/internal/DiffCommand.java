package dev.briefing.cli.internal;

import dev.briefing.core.BriefingException;
import dev.briefing.editorial.BriefingDiff;
import dev.briefing.editorial.DiffFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code briefing diff OLD NEW}: what changed from one edition to the next, as text, Markdown,
 * HTML or JSON on standard output. Status 0 when the editions are equal, 1 when they differ,
 * 2 when an input cannot be read as one briefing or the format is unknown.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Show what changed from one edition of a briefing to the next.",
      "Exit status: 0 equal, 1 different, 2 an input that is not one briefing, or a usage error."})
final class DiffCommand implements Callable<Integer> {

  private final Context context;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "Format of the report: text, markdown, html or json (default: ${DEFAULT-VALUE}).")
  String to;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier edition, in any format that reads.")
  String previous;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later edition.")
  String current;

  DiffCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DiffFormat format = DiffFormat.byName(to).orElse(null);
    if (format == null) {
      context.stderr.println("Unknown diff format '" + to + "'; use text, markdown, html or json");
      return ExitCode.USAGE;
    }
    BriefingDiff diff;
    try {
      diff = BriefingDiff.between(EditionFile.read(context, previous).briefing, EditionFile.read(context, current).briefing);
    } catch (BriefingException e) {
      context.stderr.println(e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      context.stdout.write(format.render(diff));
      context.stdout.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diff.isEmpty() ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }
}
