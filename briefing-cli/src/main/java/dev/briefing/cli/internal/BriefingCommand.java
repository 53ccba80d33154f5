package dev.briefing.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options, and a usage error when no command is given. */
@Command(
    name = "briefing",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Convert and check analytic news briefings.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  done; for validate: every briefing is valid",
      "  1  invalid input, or a file that could not be read or written",
      "  2  usage error: unknown option or format, missing argument",
      "  3  internal error (rerun with --verbose and report it)"
    })
final class BriefingCommand implements Runnable {

  private final Context context;

  @Spec
  CommandSpec spec;

  BriefingCommand(Context context) {
    this.context = context;
  }

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show stack traces on failure, and the repairs made to the bundled example.")
  void verbose(boolean verbose) {
    context.verbose = verbose;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: convert, validate, formats or example");
  }
}
