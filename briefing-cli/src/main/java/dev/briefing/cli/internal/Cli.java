package dev.briefing.cli.internal;

import dev.briefing.core.BriefingException;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Wires the commands together and turns every outcome into an exit status and one line.
 *
 * <pre>{@code
 * int status = Cli.run(new String[] {"formats"}, System.in, System.out, System.err, false);
 * }</pre>
 */
public final class Cli {

  private Cli() {}

  /**
   * @param args the command line
   * @param stdin standard input
   * @param stdout standard output, written as UTF-8
   * @param stderr standard error, written as UTF-8
   * @param terminal whether a person watches standard error (shows batch progress)
   * @return the exit status
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal) {
    Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 64 * 1024);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    Context context = new Context(stdin, out, err, terminal);
    PrintWriter printOut = new PrintWriter(out);
    try {
      CommandLine commandLine = new CommandLine(new BriefingCommand(context))
          .addSubcommand(new ConvertCommand(context))
          .addSubcommand(new ValidateCommand(context))
          .addSubcommand(new FormatsCommand(context))
          .addSubcommand(new ExampleCommand(context))
          .setOut(printOut)
          .setErr(err)
          .setParameterExceptionHandler((e, arguments) -> usage(e, err))
          .setExecutionExceptionHandler((e, command, parsed) -> failure(e, context));
      return commandLine.execute(args);
    } finally {
      printOut.flush();
      err.flush();
    }
  }

  private static int usage(CommandLine.ParameterException e, PrintWriter err) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    err.println(command + ": " + e.getMessage() + " (see '" + command + " --help')");
    return ExitCode.USAGE;
  }

  private static int failure(Exception e, Context context) {
    if (e instanceof CommandLine.ParameterException) {
      return usage((CommandLine.ParameterException) e, context.stderr);
    }
    if (e instanceof BriefingException) {
      context.stderr.println("briefing: " + (Problems.isNotUtf8(e)
          ? context.currentInput + ": " + Problems.NOT_UTF8
          : Problems.describe((BriefingException) e, context.currentInput)));
      if (context.verbose) {
        e.printStackTrace(context.stderr);
      }
      return ExitCode.INVALID_INPUT;
    }
    context.stderr.println("briefing: internal error: " + e
        + (context.verbose ? "" : " (rerun with --verbose for details)"));
    if (context.verbose) {
      e.printStackTrace(context.stderr);
    }
    return ExitCode.INTERNAL;
  }
}
