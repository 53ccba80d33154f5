package dev.briefing.cli.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Location;
import dev.briefing.core.Violation;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.format.TextRepair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing validate}: reads every input and checks every briefing in it, printing one
 * line per problem on standard output. Status 0 when all are valid, 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
      "Check that the inputs are valid briefings.",
      "Prints one line per problem: FILE:LINE:COLUMN: message, or FILE: $.json.path: message."
    })
final class ValidateCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Format of the inputs (default: from each file's extension, else its content).")
  String from;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files to check; '-' reads standard input.")
  List<String> inputs;

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String source = from == null ? null
        : Formats.readable(context.formats(), from, spec.commandLine(), "--from");
    BriefingValidator validator = BriefingValidator.standard();
    PrintWriter out = new PrintWriter(context.stdout);
    boolean valid = true;
    for (String argument : inputs) {
      Input input = Input.of(argument);
      context.currentInput = input.displayName();
      try (BufferedReader in = input.open(context.stdin)) {
        BriefingFormat format = source != null
            ? context.formats().byName(source)
            : input.isStdin() ? context.converter().sniff(in) : context.converter().detect(argument, in);
        BriefingParser parser = format.parser().orElseThrow(() -> new BriefingFormatException(
            Location.unknown().withInput(input.displayName()),
            "format '" + format.name() + "' cannot be read; give --from FORMAT"));
        valid &= check(parser, format.multiDocument(), in, input, validator, out);
      } catch (BriefingValidationException e) {
        // Parsers that validate as they read (json) report the rules broken this way.
        report(e.violations(), input, 0, out);
        valid = false;
      } catch (BriefingFormatException e) {
        out.println(Problems.describe(e, input.displayName()));
        valid = false;
      } catch (BriefingIOException e) {
        if (!Problems.isNotUtf8(e)) {
          throw e;
        }
        out.println(input.displayName() + ": " + Problems.NOT_UTF8);
        valid = false;
      } catch (UncheckedIOException e) {
        throw new BriefingIOException("Could not read " + input.displayName(), e.getCause());
      }
      out.flush();
    }
    out.flush();
    return valid ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }

  /**
   * Checks every briefing the parser reads, reporting each one's warnings, repairs and broken
   * rules as it comes; a briefing of a many-document input is named by its number.
   */
  private boolean check(BriefingParser parser, boolean multiDocument, BufferedReader in, Input input,
      BriefingValidator validator, PrintWriter out) {
    // Pushed, not iterated: an iterator over a lazily parsed stream may buffer ahead.
    boolean[] valid = {true};
    try (Stream<ParseResult> results = parser.readAll(in)) {
      results.forEachOrdered(result -> {
        for (ParseWarning warning : result.warnings()) {
          out.println(Problems.describe(new BriefingFormatException(warning.location(), "warning: " + warning.message()),
              input.displayName()));
        }
        if (context.verbose) {
          for (TextRepair repair : result.repairs()) {
            context.stderr.println(input.displayName() + ":" + repair.line() + ":" + repair.column()
                + ": repaired '" + repair.before() + "' to '" + repair.after() + "'");
          }
        }
        long record = multiDocument ? result.document() : 0;
        valid[0] &= report(validator.validate(result.briefing()), input, record, out);
      });
    }
    return valid[0];
  }

  private static boolean report(List<Violation> violations, Input input, long record, PrintWriter out) {
    for (Violation violation : violations) {
      out.println(Problems.describe(violation, input.displayName(), record));
    }
    return violations.isEmpty();
  }
}
