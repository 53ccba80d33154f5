package dev.briefing.cli.internal;

import dev.briefing.core.format.BriefingFormat;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code briefing formats}: the registered formats as a table. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = "List the formats briefings can be read from and written to.")
final class FormatsCommand implements Callable<Integer> {

  private final Context context;

  FormatsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    List<BriefingFormat> formats = context.formats().formats();
    int nameWidth = Math.max(6, formats.stream().mapToInt(f -> f.name().length()).max().orElse(0));
    int typeWidth = Math.max(10, formats.stream().mapToInt(f -> f.mediaType().length()).max().orElse(0));
    String row = "%-" + nameWidth + "s  %-" + typeWidth + "s  %-5s  %-5s  %s%n";
    StringBuilder table = new StringBuilder(String.format(row, "FORMAT", "MEDIA TYPE", "READ", "WRITE", "EXTENSIONS"));
    for (BriefingFormat format : formats) {
      table.append(String.format(row, format.name(), format.mediaType(),
          format.parser().isPresent() ? "yes" : "no", format.renderer().isPresent() ? "yes" : "no",
          String.join(" ", format.extensions())));
    }
    // Names and media types come from whoever wrote the format: shown escaped.
    context.messages.write(table.toString());
    context.messages.flush();
    return ExitCode.OK;
  }
}
