package dev.briefing.cli.internal;

import dev.briefing.core.BriefingIOException;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.TextRepair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefing example}: the bundled example briefing, read with the text parser exactly as
 * it arrived (damaged characters and all), written in any format.
 */
@Command(name = "example", mixinStandardHelpOptions = true,
    description = "Print the bundled example briefing, converted to a format.")
final class ExampleCommand implements Callable<Integer> {

  static final String RESOURCE = "/dev/briefing/cli/example.txt";

  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "Format to write (default: ${DEFAULT-VALUE}); see 'briefing formats'.")
  String to;

  ExampleCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    return write(context, Formats.writable(context.formats(), to, spec.commandLine(), "--to"));
  }

  /**
   * @param context the run's streams and formats
   * @param target the name of a writable format
   * @return the exit status
   * @throws IOException when standard output cannot be written
   */
  static int write(Context context, String target) throws IOException {
    ParseResult example;
    try (InputStream in = ExampleCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the example briefing is missing from the jar: " + RESOURCE);
      }
      example = context.formats().parser("text")
          .read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new BriefingIOException("Could not read the bundled example", e);
    }
    if (context.verbose) {
      for (TextRepair repair : example.repairs()) {
        context.stderr.println("example:" + repair.line() + ":" + repair.column() + ": repaired '"
            + repair.before() + "' to '" + repair.after() + "'");
      }
    }
    // As one output: a format with a prologue (a CSV header, a JSON array) writes it here too.
    context.formats().renderer(target).renderAll(Stream.of(example.briefing()), context.stdout);
    context.stdout.flush();
    return ExitCode.OK;
  }
}
