package dev.briefing.cli.internal;

import dev.briefing.core.format.BriefingFormat;
import java.util.Optional;

/**
 * Tells whether a command line is {@code briefing example} in its plain forms ({@code example},
 * {@code example --to FORMAT} or {@code --to=FORMAT}, with {@code --verbose} before or after
 * {@code example}), naming a format that can be written. Such a run needs nothing of picocli,
 * whose model of every command, built by reflection on each start, costs more than reading and
 * writing the example. Any other command line, and any whose format is unknown or cannot be
 * written, is left to picocli, so help, usage errors and their wording stay exactly picocli's.
 *
 * <pre>{@code
 * Optional<String> target = ExampleShortcut.target(new String[] {"example", "--to", "html"}, context);
 * // Optional[html]; context.verbose as the command line says
 * }</pre>
 */
final class ExampleShortcut {

  private static final String DEFAULT_FORMAT = "text";

  private ExampleShortcut() {}

  /**
   * @param args the command line
   * @param context the run's formats, and where {@code --verbose} is recorded when the command line is
   *     a plain {@code example}
   * @return the name of the format to write, when the command line is a plain {@code example};
   *     empty when picocli must read it
   */
  static Optional<String> target(String[] args, Context context) {
    boolean verbose = false;
    boolean example = false;
    String to = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--verbose") && !verbose) {
        verbose = true;
      } else if (arg.equals("example") && !example) {
        example = true;
      } else if (example && to == null && arg.equals("--to") && i + 1 < args.length) {
        to = args[++i];
      } else if (example && to == null && arg.startsWith("--to=")) {
        to = arg.substring("--to=".length());
      } else {
        return Optional.empty();
      }
    }
    if (!example) {
      return Optional.empty();
    }
    String name = to == null ? DEFAULT_FORMAT : to;
    // picocli reads '@file' as a file of arguments, and may take '-x' for an option.
    if (name.isEmpty() || name.startsWith("-") || name.startsWith("@")) {
      return Optional.empty();
    }
    // Before the formats load, as picocli would have set it, so a broken one shows its trace.
    context.verbose = verbose;
    return context.formats().find(name).filter(f -> f.renderer().isPresent()).map(BriefingFormat::name);
  }
}
