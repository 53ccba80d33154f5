package dev.briefing.cli.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing convert}: every briefing of every input, in order, into one output (standard
 * output or a file), or one file per input when the output is a directory. Briefings stream
 * through one at a time, so a batch of any size runs in constant memory.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {
      "Convert briefings from one format to another.",
      "Several inputs, or an input of a many-document format such as NDJSON, convert as a batch,"
          + " one briefing at a time."
    })
final class ConvertCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Format of the inputs (default: from each file's extension, else its content).")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "Format to write (default: from the extension of -o).")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "File to write (replaced only on success), or an existing directory for one "
          + "file per input (default: standard output).")
  Path output;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files to read; '-' or none reads standard input.")
  List<String> inputs = new ArrayList<>();

  ConvertCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    FormatRegistry formats = context.formats();
    boolean toDirectory = output != null && Files.isDirectory(output);
    String source = from == null ? null : Formats.readable(formats, from, spec.commandLine(), "--from");
    String target = target(formats, toDirectory);
    List<Input> all = inputs();

    Progress progress = context.terminal && isBatch(formats, source, all)
        ? Progress.on(context.stderr, all.size())
        : Progress.none();
    try {
      if (toDirectory) {
        for (Input input : all) {
          Path file = output.resolve(stem(input) + extension(formats.byName(target)));
          context.converter().write(open(input, source, progress).peek(b -> progress.briefing()), file, target);
        }
      } else {
        Stream<Briefing> briefings = all.stream()
            .flatMap(input -> open(input, source, progress))
            .peek(b -> progress.briefing());
        if (output == null) {
          context.converter().write(briefings, context.stdout, target);
          flush();
        } else {
          context.converter().write(briefings, output, target);
        }
      }
    } finally {
      progress.finish();
    }
    return ExitCode.OK;
  }

  private String target(FormatRegistry formats, boolean toDirectory) {
    if (to != null) {
      return Formats.writable(formats, to, spec.commandLine(), "--to");
    }
    if (output != null && !toDirectory) {
      try {
        return Formats.writable(formats, formats.forFileName(output.toString()).name(), spec.commandLine(), "-o");
      } catch (UnknownFormatException e) {
        throw new ParameterException(spec.commandLine(), "Cannot tell the format to write from '" + output
            + "'; give --to FORMAT (known formats: " + String.join(", ", e.knownFormats()) + ")");
      }
    }
    throw new ParameterException(spec.commandLine(),
        "Missing --to FORMAT (known formats: " + String.join(", ", formats.names()) + ")");
  }

  private List<Input> inputs() {
    List<Input> all = new ArrayList<>();
    for (String argument : inputs.isEmpty() ? List.of("-") : inputs) {
      all.add(Input.of(argument));
    }
    if (all.stream().filter(Input::isStdin).count() > 1) {
      throw new ParameterException(spec.commandLine(), "Standard input ('-') can be read only once");
    }
    if (output != null && Files.isDirectory(output) && all.stream().anyMatch(Input::isStdin)) {
      throw new ParameterException(spec.commandLine(),
          "Standard input has no file name to write into directory '" + output + "'; give -o FILE");
    }
    return all;
  }

  /**
   * Whether to show progress: several inputs, or one file whose format (given, or else its
   * extension's) holds many briefings. Standard input and unknown extensions are told only
   * when read, too late to decide, so they count as one briefing.
   */
  private static boolean isBatch(FormatRegistry formats, String source, List<Input> inputs) {
    if (inputs.size() > 1) {
      return true;
    }
    Input only = inputs.get(0);
    if (source != null) {
      return formats.byName(source).multiDocument();
    }
    if (only.isStdin()) {
      return false;
    }
    try {
      return formats.forFileName(only.displayName()).multiDocument();
    } catch (UnknownFormatException e) {
      return false;
    }
  }

  /** Opens one input when the batch reaches it; errors name it even if its parser does not. */
  private Stream<Briefing> open(Input input, String source, Progress progress) {
    context.currentInput = input.displayName();
    progress.startInput(input.displayName());
    Converter converter = context.converter();
    if (!input.isStdin()) {
      Path file = input.existingFile();
      return source == null ? converter.read(file) : converter.read(file, source);
    }
    BufferedReader in = input.open(context.stdin);
    return source == null ? converter.read(in) : converter.read(in, source);
  }

  private static String extension(BriefingFormat format) {
    return format.extensions().isEmpty() ? "." + format.name() : format.extensions().get(0);
  }

  private static String stem(Input input) {
    String name = input.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private void flush() {
    try {
      context.stdout.flush();
    } catch (IOException e) {
      throw new BriefingIOException("Could not write to standard output", e);
    }
  }
}
