package dev.briefing.cli.internal;

import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.Conversion;
import dev.briefing.core.format.ConversionRefusedException;
import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing convert}: every briefing of every input, in order, into one output (standard
 * output or a file), or one file per input when the output is a directory. Briefings stream
 * through one at a time, so a batch of any size runs in constant memory; each is checked
 * against the model's rules first, unless {@code --no-validate}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {
      "Convert briefings from one format to another.",
      "Several inputs, or an input of a many-document format such as NDJSON, convert as a batch,"
          + " one briefing at a time. Every briefing is checked first; an invalid one is not written."
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

  @Option(names = "--lenient", description = "Read what the parsers can tolerate, with warnings.")
  boolean lenient;

  @Option(names = "--no-validate", negatable = false,
      description = "Write briefings that break the model's rules instead of refusing them.")
  boolean noValidate;

  @Option(names = {"-q", "--quiet"}, description = "Do not show the parsers' repairs and warnings.")
  boolean quiet;

  @Mixin
  Threads threads;

  @CommandLine.Mixin
  FeedOptionsMixin feed = new FeedOptionsMixin();

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files to read; '-' or none reads standard input.")
  List<String> inputs = new ArrayList<>();

  ConvertCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.formats(feed.applyTo(context.formats(), spec.commandLine()));
    FormatRegistry formats = context.formats();
    boolean toDirectory = output != null && Files.isDirectory(output);
    String source = from == null ? null : Formats.readable(formats, from, spec.commandLine(), "--from");
    String target = target(formats, toDirectory);
    List<Input> all = inputs();
    Map<Input, Path> files = toDirectory ? filesInDirectory(all, formats.byName(target)) : Map.of();
    warnIfTheExtensionDisagrees(formats, target, toDirectory);

    Progress progress = context.terminal && isBatch(formats, source, all)
        ? Progress.on(context.terminalErr, all.size(), totalBytes(all), System::nanoTime)
        : Progress.none();
    Reporter reporter = new Reporter(context.stderr, context.stderr, quiet, progress);
    context.reporter = reporter;
    Converter converter = threads.apply(context.converter(lenient).validating(!noValidate).withListener(reporter));
    boolean failed = true;
    try {
      if (toDirectory) {
        for (Input input : all) {
          try (Conversion conversion = converter.into(files.get(input), target)) {
            add(conversion, input, source, reporter, progress);
            finish(conversion);
          }
        }
      } else {
        try (Conversion conversion = output == null
            ? converter.into(context.stdout, target)
            : converter.into(output, target)) {
          for (Input input : all) {
            add(conversion, input, source, reporter, progress);
          }
          finish(conversion);
        }
      }
      failed = false;
    } finally {
      progress.finish(failed);
    }
    return ExitCode.OK;
  }

  private void add(Conversion conversion, Input input, String source, Reporter reporter, Progress progress) {
    reporter.opening(input.displayName());
    progress.startInput(input.displayName());
    try (BufferedReader in = input.open(context.stdin, progress::bytes)) {
      conversion.add(in, input.displayName(), source);
    } catch (ConversionRefusedException e) {
      long number = reporter.failing(true);
      throw new ConversionRefusedException(input.displayName() + ": " + (number > 0 ? "briefing " + number + ": " : "")
          + e.getMessage());
    } catch (IOException e) {
      // Closing an input that was read to its end: nothing was lost.
    }
  }

  private void finish(Conversion conversion) {
    try {
      conversion.finish();
    } catch (ConversionRefusedException e) {
      throw new ConversionRefusedException(e.getMessage() + " (give --no-validate to write them anyway)");
    }
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

  private void warnIfTheExtensionDisagrees(FormatRegistry formats, String target, boolean toDirectory) {
    if (output == null || toDirectory || to == null) {
      return;
    }
    try {
      BriefingFormat named = formats.forFileName(output.toString());
      if (!named.name().equals(target)) {
        context.stderr.println(spec.qualifiedName() + ": warning: writing " + target + " into '" + output
            + "', whose extension is " + named.name() + "'s");
      }
    } catch (UnknownFormatException noFormatHasIt) {
      // An extension no format claims says nothing to disagree with.
    }
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

  /** Each input's file in the output directory; two inputs that would share one are refused. */
  private Map<Input, Path> filesInDirectory(List<Input> all, BriefingFormat format) {
    Map<Path, Input> byFile = new LinkedHashMap<>();
    Map<Input, Path> files = new LinkedHashMap<>();
    for (Input input : all) {
      Path file = output.resolve(stem(input) + extension(format));
      Input before = byFile.putIfAbsent(file, input);
      if (before != null) {
        throw new ParameterException(spec.commandLine(), "Inputs '" + before + "' and '" + input
            + "' would both be written to '" + file + "'; nothing was written (convert them into different directories)");
      }
      files.put(input, file);
    }
    return files;
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

  /** @return the inputs' total size, or -1 when one of them has no size known in advance */
  private static long totalBytes(List<Input> inputs) {
    long total = 0;
    for (Input input : inputs) {
      long size = input.size();
      if (size < 0) {
        return -1;
      }
      total += size;
    }
    return total;
  }

  private static String extension(BriefingFormat format) {
    return format.extensions().isEmpty() ? "." + format.name() : format.extensions().get(0);
  }

  private static String stem(Input input) {
    String name = input.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
