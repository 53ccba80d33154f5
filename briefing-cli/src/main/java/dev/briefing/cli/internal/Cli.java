package dev.briefing.cli.internal;

import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.BrokenFormatProviderException;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Wires the commands together and turns every outcome into an exit status and one line.
 *
 * <pre>{@code
 * int status = Cli.run(new String[] {"formats"}, System.in, System.out, System.err, false);
 * }</pre>
 */
public final class Cli {

  /** The commands, in the order help lists them. */
  private static final List<String> COMMANDS = List.of("convert", "validate", "formats", "example", "diff", "lint");

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
    ClosedPipe pipe = new ClosedPipe(stdout);
    Writer out = new BufferedWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8), 64 * 1024);
    Writer errStream = new OutputStreamWriter(stderr, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new EscapingWriter(errStream), true);
    Context context = new Context(stdin, out, pipe, err, new PrintWriter(errStream, true), terminal);
    try {
      try {
        Optional<String> example = ExampleShortcut.target(args, context);
        if (example.isPresent()) {
          return ExampleCommand.write(context, example.get());
        }
      } catch (Exception e) {
        return failure(e, context);
      }
      CommandLine commandLine = withCommands(new CommandLine(new BriefingCommand(context)), args, context)
          .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
          .setOut(context.messages)
          .setErr(err)
          .setParameterExceptionHandler((e, arguments) -> usage(e, err))
          .setExecutionExceptionHandler((e, command, parsed) -> failure(e, context));
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(e, context);
    } finally {
      context.messages.flush();
      err.flush();
    }
  }

  /**
   * Adds the command the command line names, or every command when it names none that exists or
   * asks the top command for its help or version: picocli builds each command's model by
   * reflection as it is added, which a run of one command need not pay for the others.
   */
  private static CommandLine withCommands(CommandLine top, String[] args, Context context) {
    String named = commandWord(args);
    for (String command : COMMANDS) {
      if (named == null || named.equals(command)) {
        top.addSubcommand(command(command, context));
      }
    }
    return top;
  }

  /**
   * @return the first argument, past the top command's {@code --verbose}, when it is the name of
   *     a command; null otherwise
   */
  private static String commandWord(String[] args) {
    for (String arg : args) {
      if (!arg.equals("--verbose")) {
        return COMMANDS.contains(arg) ? arg : null;
      }
    }
    return null;
  }

  private static Object command(String name, Context context) {
    switch (name) {
      case "convert":
        return new ConvertCommand(context);
      case "validate":
        return new ValidateCommand(context);
      case "formats":
        return new FormatsCommand(context);
      case "example":
        return new ExampleCommand(context);
      case "diff":
        return new DiffCommand(context);
      case "lint":
        return new LintCommand(context);
      default:
        throw new IllegalArgumentException("No command named '" + name + "'");
    }
  }

  private static int usage(CommandLine.ParameterException e, PrintWriter err) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof CommandLine.UnmatchedArgumentException && command.getParent() == null
        && isCommandWord(((CommandLine.UnmatchedArgumentException) e))) {
      err.println(name + ": Unknown command '" + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0)
          + "'; commands: " + String.join(", ", command.getSubcommands().keySet()) + " (see '" + name + " --help')");
      return ExitCode.USAGE;
    }
    err.println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
    return ExitCode.USAGE;
  }

  /** Whether the unmatched argument stands where the command should, rather than an option. */
  private static boolean isCommandWord(CommandLine.UnmatchedArgumentException e) {
    String first = e.getUnmatched().isEmpty() ? "-" : e.getUnmatched().get(0);
    return !first.startsWith("-") && e.getMessage().contains("at index 0");
  }

  private static int failure(Exception e, Context context) {
    if (context.stdoutClosed()) {
      // The reader of standard output has what it wanted (| head -1): nothing to report.
      return ExitCode.OK;
    }
    if (e instanceof CommandLine.ParameterException) {
      return usage((CommandLine.ParameterException) e, context.stderr);
    }
    if (e instanceof BrokenFormatProviderException) {
      context.stderr.println("briefing: " + e.getMessage() + "; remove it from the class path or fix it");
      trace(e, context);
      return ExitCode.INTERNAL;
    }
    if (e instanceof BriefingException) {
      context.stderr.println("briefing: " + describe((BriefingException) e, context));
      trace(e, context);
      return ExitCode.INVALID_INPUT;
    }
    context.stderr.println("briefing: internal error: " + e
        + (context.verbose ? "" : " (rerun with --verbose for details)"));
    trace(e, context);
    return ExitCode.INTERNAL;
  }

  private static String describe(BriefingException e, Context context) {
    String input = context.currentInput();
    if (Problems.isNotUtf8(e)) {
      return input + ": " + Problems.NOT_UTF8;
    }
    Reporter reporter = context.reporter;
    if (e instanceof BriefingFormatException) {
      return Problems.describe((BriefingFormatException) e, input, reporter == null ? 0 : reporter.failing(false));
    }
    return e.getMessage();
  }

  private static int outOfMemory(OutOfMemoryError e, Context context) {
    // The stack that filled the heap is gone by now, so there is room to say so.
    long max = Runtime.getRuntime().maxMemory();
    context.stderr.println("briefing: out of memory (" + e.getMessage() + ") while reading " + context.currentInput()
        + " with at most " + (max / (1024 * 1024)) + " MiB of heap; give Java more, e.g. JAVA_OPTS=-Xmx2g");
    trace(e, context);
    return ExitCode.INTERNAL;
  }

  private static void trace(Throwable e, Context context) {
    if (context.verbose) {
      e.printStackTrace(context.stderr);
    }
  }
}
