package dev.briefing.cli.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.format.Conversion;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing validate}: reads every input and checks every briefing in it, printing one
 * line per problem on standard output. Status 0 when all are valid, 1 otherwise. An input that
 * cannot be read, or whose syntax is broken, is one problem; the other inputs are still checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
      "Check that the inputs are valid briefings.",
      "Prints one line per problem: FILE:LINE:COLUMN: message, or FILE: [briefing N: ]$.json.path: message."
    })
final class ValidateCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Format of the inputs (default: from each file's extension, else its content).")
  String from;

  @Option(names = "--lenient", description = "Read what the parsers can tolerate, with warnings.")
  boolean lenient;

  @Option(names = {"-q", "--quiet"}, description = "Do not show the parsers' repairs and warnings.")
  boolean quiet;

  @Mixin
  Threads threads;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files to check; '-' reads standard input.")
  List<String> inputs;

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String source = from == null ? null
        : Formats.readable(context.formats(), from, spec.commandLine(), "--from");
    Reporter reporter = new Reporter(context.stderr, context.messages, quiet, Progress.none());
    context.reporter = reporter;
    boolean valid = true;
    try (Conversion check = threads.apply(context.converter(lenient).withListener(reporter)).check()) {
      for (String argument : inputs) {
        Input input = Input.of(argument);
        reporter.opening(input.displayName());
        try (BufferedReader in = input.open(context.stdin, bytes -> { })) {
          valid &= check.add(in, input.displayName(), source).invalid() == 0;
        } catch (BriefingFormatException e) {
          context.messages.println(Problems.describe(e, input.displayName(), reporter.failing(false)));
          valid = false;
        } catch (BriefingIOException e) {
          context.messages.println(Problems.isNotUtf8(e)
              ? input.displayName() + ": " + Problems.NOT_UTF8
              : Problems.describe(e, input.displayName()));
          valid = false;
        } catch (IOException e) {
          // Closing an input that was read to its end: nothing was lost.
        }
        context.messages.flush();
      }
    }
    return valid ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }
}
