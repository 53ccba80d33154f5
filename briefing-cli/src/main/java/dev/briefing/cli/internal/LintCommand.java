package dev.briefing.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.core.BriefingException;
import dev.briefing.editorial.BriefingLint;
import dev.briefing.editorial.Finding;
import dev.briefing.editorial.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code briefing lint FILE...}: the editorial rules of docs/editorial.md over each briefing,
 * one line per finding ({@code FILE:LINE:COLUMN: severity rule: message} for text, with the
 * JSON path after the file otherwise) or a JSON array. Status 0 when no finding is an error,
 * 1 otherwise or when an input cannot be read.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check briefings against the editorial rules (docs/editorial.md).",
      "Exit status: 0 no error-level finding, 1 an error-level finding or an input that is not one briefing."})
final class LintCommand implements Callable<Integer> {

  private static final JsonFactory JSON = new JsonFactory();

  private final Context context;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per finding) or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Briefings to check; '-' reads standard input.")
  List<String> inputs;

  LintCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    boolean json = "json".equals(format);
    if (!json && !"text".equals(format)) {
      context.stderr.println("Unknown lint format '" + format + "'; use text or json");
      return ExitCode.USAGE;
    }
    boolean failed = false;
    JsonGenerator out = json ? JSON.createGenerator(context.stdout) : null;
    if (out != null) {
      out.writeStartArray();
    }
    for (String argument : inputs) {
      EditionFile file;
      try {
        file = EditionFile.read(context, argument);
      } catch (BriefingException e) {
        context.stderr.println(e.getMessage());
        failed = true;
        continue;
      }
      List<Finding> findings = file.isJson() ? BriefingLint.standard().check(file.briefing)
          : BriefingLint.standard().check(file.briefing, file.text);
      for (Finding finding : findings) {
        failed |= finding.severity() == Severity.ERROR;
        if (out != null) {
          write(out, file.name, finding);
        } else {
          context.messages.println(line(file.name, finding));
        }
      }
    }
    if (out != null) {
      out.writeEndArray();
      out.flush();
      context.stdout.write('\n');
    }
    context.messages.flush();
    context.stdout.flush();
    return failed ? ExitCode.INVALID_INPUT : ExitCode.OK;
  }

  private static String line(String file, Finding f) {
    String where = f.line().isPresent() ? file + ":" + f.line().getAsInt() + ":" + f.column().getAsInt() + ": " + f.path()
        : file + ": " + f.path();
    return where + ": " + f.severity().word() + " " + f.rule() + ": " + f.message();
  }

  private static void write(JsonGenerator out, String file, Finding f) {
    try {
      out.writeStartObject();
      out.writeStringField("file", file);
      out.writeStringField("rule", f.rule());
      out.writeStringField("severity", f.severity().word());
      out.writeStringField("path", f.path());
      if (f.line().isPresent()) {
        out.writeNumberField("line", f.line().getAsInt());
        out.writeNumberField("column", f.column().getAsInt());
      }
      out.writeStringField("message", f.message());
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
